package org.crmkit.testkit.assertions;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.AbstractObjectAssert;
import org.crmkit.core.application.CommandRejected;
import org.crmkit.core.application.Violation;

/** Assertions on a {@link CommandRejected}: which fields were wrong, with which codes, in both languages. */
public final class CommandRejectedAssert extends AbstractObjectAssert<CommandRejectedAssert, CommandRejected> {
    CommandRejectedAssert(CommandRejected actual) {
        super(actual, CommandRejectedAssert.class);
    }

    /** Some violation concerns the field at this path ({@code "inn"}, {@code "route[0].name"}). */
    public CommandRejectedAssert hasViolationAt(String path) {
        isNotNull();
        if (violations().stream().noneMatch(v -> v.path().equals(path))) {
            failWithMessage("expected a violation at <%s> but the violations were:%n  %s", path, listed());
        }
        return this;
    }

    /** Some violation at this path has this code. */
    public CommandRejectedAssert hasViolationAt(String path, String code) {
        isNotNull();
        if (violations().stream().noneMatch(v -> v.path().equals(path) && v.code().equals(code))) {
            failWithMessage("expected a violation <%s> at <%s> but the violations were:%n  %s", code, path, listed());
        }
        return this;
    }

    /** Some violation has this code ({@code "NotBlank"}, {@code "tax-id.invalid"}). */
    public CommandRejectedAssert hasViolationCode(String code) {
        isNotNull();
        if (violations().stream().noneMatch(v -> v.code().equals(code))) {
            failWithMessage("expected a violation with code <%s> but the violations were:%n  %s", code, listed());
        }
        return this;
    }

    /** The violations concern exactly these paths, no more and no fewer (each path may carry several codes). */
    public CommandRejectedAssert hasViolationsExactlyAt(String... paths) {
        isNotNull();
        List<String> actualPaths = violations().stream().map(Violation::path).distinct().sorted().toList();
        List<String> expected = Arrays.stream(paths).distinct().sorted().toList();
        if (!actualPaths.equals(expected)) {
            failWithMessage("expected violations exactly at %s but they were at %s:%n  %s", expected, actualPaths,
                    listed());
        }
        return this;
    }

    /** Every violation has a message in English and a different one in Russian (a user-facing text each). */
    public CommandRejectedAssert explainsEveryViolationInEnglishAndRussian() {
        isNotNull();
        for (Violation v : violations()) {
            if (v.messageEn().isBlank() || v.messageRu().isBlank() || !hasCyrillic(v.messageRu())) {
                failWithMessage("violation %s lacks an English or a Russian message (ru: <%s>)", v, v.messageRu());
            }
        }
        if (!hasCyrillic(actual.messageRu())) {
            failWithMessage("the Russian message of the rejection has no Russian text: <%s>", actual.messageRu());
        }
        return this;
    }

    /** The rejected command's simple name. */
    public CommandRejectedAssert rejects(String commandName) {
        isNotNull();
        if (!actual.command().equals(commandName)) {
            failWithMessage("expected <%s> to be rejected but it was <%s>", commandName, actual.command());
        }
        return this;
    }

    private List<Violation> violations() {
        return actual.violations();
    }

    private String listed() {
        return String.join(System.lineSeparator() + "  ", violations().stream().map(Violation::toString).toList());
    }

    static boolean hasCyrillic(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }
}
