package org.crmkit.core.deal;

/**
 * The service-provider hook a deal consults before every stage move (advance, win, lose): each company's rules
 * (crm-rules) implement it to demand, say, an amount before "proposal" or a signed contract before "won".
 * Core only declares it. An implementation must only read the deal, never change it; it sees the deal as it
 * is before the move.
 */
@FunctionalInterface
public interface StageGate {
    GateDecision check(Deal deal, Stage from, Stage to);

    /** A gate that lets every move the pipeline allows through. */
    StageGate OPEN = (d, f, t) -> GateDecision.pass();
}
