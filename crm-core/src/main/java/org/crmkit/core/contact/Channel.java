package org.crmkit.core.contact;

import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.InvalidValue;
import org.crmkit.core.shared.PhoneNumber;

/**
 * A way to reach a contact, in normalised form so that two spellings of one number are one channel: an email
 * channel holds a valid email address, a phone channel an E.164 number, a messenger channel the app and a
 * handle. {@code messenger} is null unless the type is {@link ChannelType#MESSENGER}.
 */
public record Channel(ChannelType type, String value, Messenger messenger) {
    public Channel {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if ((type == ChannelType.MESSENGER) != (messenger != null)) {
            throw new IllegalArgumentException("a messenger app goes with a messenger channel, and only with it");
        }
        switch (type) {
            case EMAIL -> value = EmailAddress.of(value).value();
            case PHONE -> value = PhoneNumber.of(value).e164();
            case MESSENGER -> value = requireHandle(value);
        }
    }

    public static Channel email(EmailAddress address) {
        return new Channel(ChannelType.EMAIL, address.value(), null);
    }

    public static Channel phone(PhoneNumber number) {
        return new Channel(ChannelType.PHONE, number.e164(), null);
    }

    public static Channel messenger(Messenger app, String handle) {
        return new Channel(ChannelType.MESSENGER, handle, Objects.requireNonNull(app, "messenger"));
    }

    public Optional<EmailAddress> emailAddress() {
        return type == ChannelType.EMAIL ? Optional.of(EmailAddress.of(value)) : Optional.empty();
    }

    public Optional<PhoneNumber> phoneNumber() {
        return type == ChannelType.PHONE ? Optional.of(PhoneNumber.of(value)) : Optional.empty();
    }

    private static String requireHandle(String handle) {
        if (handle.isBlank()) {
            throw new InvalidValue("channel.handle-missing", "A messenger channel needs a handle",
                    "Для мессенджера нужно указать имя пользователя или номер");
        }
        return handle.strip();
    }

    @Override
    public String toString() {
        return messenger == null ? type + " " + value : messenger + " " + value;
    }
}
