package org.crmkit.core.shared;

/**
 * A lifecycle move the aggregate does not allow from its current state. Aggregates throw a named subclass
 * where the business has a word for it (e.g. {@code DealAlreadyClosed}).
 */
public class IllegalTransition extends DomainException {
    private final String aggregate;
    private final Object from;
    private final Object to;

    public IllegalTransition(String aggregate, Object id, Object from, Object to) {
        this("transition.illegal", aggregate, id, from, to);
    }

    protected IllegalTransition(String code, String aggregate, Object id, Object from, Object to) {
        super(code,
                aggregate + " " + id + " cannot move from " + from + " to " + to,
                aggregate + " " + id + ": переход из " + from + " в " + to + " недопустим");
        this.aggregate = aggregate;
        this.from = from;
        this.to = to;
    }

    protected IllegalTransition(String code, String messageEn, String messageRu) {
        super(code, messageEn, messageRu);
        this.aggregate = null;
        this.from = null;
        this.to = null;
    }

    /** For subclasses that word their own messages but still name the aggregate and the move. */
    protected IllegalTransition(String code, String messageEn, String messageRu, String aggregate, Object from,
                                Object to) {
        super(code, messageEn, messageRu);
        this.aggregate = aggregate;
        this.from = from;
        this.to = to;
    }

    public String aggregate() {
        return aggregate;
    }

    public Object from() {
        return from;
    }

    public Object to() {
        return to;
    }
}
