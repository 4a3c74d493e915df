package org.crmkit.benchmarks.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealContact;
import org.crmkit.core.shared.Money;

/**
 * The flat JavaBean that Drools and Easy Rules decide a stage move on: the deal's fields a gate reads, the move,
 * and the ids of the rules that blocked it. Neither engine reads core's {@link Deal} (Optionals, value objects)
 * naturally, so this is what an integrator would write; building it is part of every measured decision, as
 * CRMKit's own field accessors over the deal are part of its decision. "Absent" follows CRMKit's rule language:
 * a blank contract reference counts as none.
 */
public final class GateInput {
    private final String pipeline;
    private final String fromStage;
    private final String toStage;
    private final BigDecimal amount;
    private final String currency;
    private final LocalDate expectedClose;
    private final String contractReference;
    private final int probability;
    private final int contactCount;
    private final List<String> roles;
    private final List<String> blocked = new ArrayList<>(2);

    private GateInput(Deal deal, String fromStage, String toStage) {
        this.pipeline = deal.pipeline().value();
        this.fromStage = fromStage;
        this.toStage = toStage;
        Money money = deal.amount().orElse(null);
        this.amount = money == null ? null : money.amount();
        this.currency = money == null ? null : money.currency().getCurrencyCode();
        this.expectedClose = deal.expectedCloseOn().orElse(null);
        this.contractReference = deal.contractReference().filter(reference -> !reference.isBlank()).orElse(null);
        this.probability = deal.probability().percent();
        List<DealContact> contacts = deal.contacts();
        this.contactCount = contacts.size();
        List<String> names = new ArrayList<>(contacts.size());
        for (DealContact contact : contacts) {
            names.add(contact.role().name());
        }
        this.roles = names;
    }

    public static GateInput of(Deal deal, String fromStage, String toStage) {
        return new GateInput(deal, fromStage, toStage);
    }

    public String getPipeline() {
        return pipeline;
    }

    public String getFromStage() {
        return fromStage;
    }

    public String getToStage() {
        return toStage;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getExpectedClose() {
        return expectedClose;
    }

    public String getContractReference() {
        return contractReference;
    }

    public int getProbability() {
        return probability;
    }

    public int getContactCount() {
        return contactCount;
    }

    public List<String> getRoles() {
        return roles;
    }

    /** Called by a rule's action: the rule blocks the move. */
    public void block(String ruleId) {
        blocked.add(ruleId);
    }

    /** The ids of the rules that blocked the move, in firing order. */
    public List<String> blocked() {
        return blocked;
    }
}
