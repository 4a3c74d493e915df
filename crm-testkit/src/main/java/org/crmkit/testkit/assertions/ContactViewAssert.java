package org.crmkit.testkit.assertions;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.AbstractObjectAssert;
import org.crmkit.core.application.contacts.ContactView;

/** Assertions on what a session sees of a contact person: above all, that personal data stayed masked. */
public final class ContactViewAssert extends AbstractObjectAssert<ContactViewAssert, ContactView> {
    ContactViewAssert(ContactView actual) {
        super(actual, ContactViewAssert.class);
    }

    /**
     * No channel is shown in full (each shown one carries the {@code ***} of a mask, or is left out) and the name is
     * reduced to the first name and initials. This is what a reader without personal-data visibility must get.
     */
    public ContactViewAssert hasNoUnmaskedPersonalData() {
        isNotNull();
        List<String> leaks = new ArrayList<>();
        for (String channel : actual.channels()) {
            if (!channel.contains("***")) {
                leaks.add("channel <" + channel + ">");
            }
        }
        if (actual.preferredChannel() != null && !actual.preferredChannel().contains("***")) {
            leaks.add("preferred channel <" + actual.preferredChannel() + ">");
        }
        if (actual.name() != null && !nameIsMasked(actual.name())) {
            leaks.add("name <" + actual.name() + ">");
        }
        if (!leaks.isEmpty()) {
            failWithMessage("expected contact %s to show no unmasked personal data but it shows %s", actual.id(),
                    leaks);
        }
        return this;
    }

    /** Every channel and the name are shown as stored, without a mask. */
    public ContactViewAssert showsPersonalDataUnmasked() {
        isNotNull();
        if (actual.channels().stream().anyMatch(c -> c.contains("***")) || nameIsMasked(actual.name())
                && actual.name().contains(" ")) {
            failWithMessage("expected contact %s unmasked but it shows %s, %s", actual.id(), actual.name(),
                    actual.channels());
        }
        return this;
    }

    /**
     * None of the given raw values (a full e-mail, a phone number in any format, a last name) appears anywhere in
     * the view; a phone is compared by its last ten digits, whatever its format.
     */
    public ContactViewAssert doesNotReveal(String... rawValues) {
        isNotNull();
        List<String> shown = new ArrayList<>(actual.channels());
        shown.add(actual.name() == null ? "" : actual.name());
        shown.add(actual.preferredChannel() == null ? "" : actual.preferredChannel());
        for (String raw : rawValues) {
            String digits = raw.replaceAll("\\D", "");
            String tail = digits.length() >= 10 ? digits.substring(digits.length() - 10) : null;
            for (String s : shown) {
                if (s.contains(raw) || tail != null && s.replaceAll("\\D", "").contains(tail)) {
                    failWithMessage("expected contact %s not to reveal <%s> but it shows <%s>", actual.id(), raw, s);
                }
            }
        }
        return this;
    }

    /** The shown channels, as {@code "phone +7 *** ***-45-67"}, {@code "email i***@romashka.ru"}. */
    public ContactViewAssert hasChannels(String... channels) {
        isNotNull();
        if (!actual.channels().containsAll(List.of(channels)) || actual.channels().size() != channels.length) {
            failWithMessage("expected channels %s but they were %s", List.of(channels), actual.channels());
        }
        return this;
    }

    /** "Anna P.", "A***" or hidden: the first name may stay, every further part is an initial. */
    static boolean nameIsMasked(String name) {
        if (name == null || name.contains("***")) {
            return true;
        }
        String[] parts = name.strip().split("\\s+");
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].endsWith(".") || parts[i].codePointCount(0, parts[i].length()) != 2) {
                return false;
            }
        }
        return parts.length > 1;
    }
}
