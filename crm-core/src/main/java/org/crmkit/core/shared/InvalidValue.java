package org.crmkit.core.shared;

/**
 * A value object refused its input; the code names the rule (e.g. {@code "tax-id.checksum"}) and the messages
 * quote the field and the rejected value unmasked, since masking is the caller's concern when it logs.
 */
public final class InvalidValue extends DomainException {

    public InvalidValue(String code, String messageEn, String messageRu) {
        super(code, messageEn, messageRu);
    }

    /** The shared shape of "nothing given" so every value object words it the same way. */
    static InvalidValue missing(String code, String fieldEn, String fieldRu) {
        return new InvalidValue(code, fieldEn + " is required", "Не указано поле «" + fieldRu + "»");
    }
}
