package org.crmkit.core.shared;

/** Base of every error the domain raises on purpose: carries a stable code and messages in English and Russian. */
public abstract class DomainException extends RuntimeException {
    private final String code;
    private final String messageRu;

    protected DomainException(String code, String messageEn, String messageRu) {
        super(messageEn);
        this.code = code;
        this.messageRu = messageRu;
    }

    public String code() {
        return code;
    }

    public String messageRu() {
        return messageRu;
    }
}
