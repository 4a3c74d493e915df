package org.crmkit.core.application.deals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealContact;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.deal.StageChange;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;

/**
 * What a session sees of a deal. The amount is financial data: {@code amount} is present only to readers who see
 * financial data; {@code amountShown} is what to display (the amount, {@code *** RUB}, or null).
 */
public record DealView(DealId id, ClientId client, String title, String pipeline, String stage, DealStatus status,
                       int probabilityPercent, Money amount, String amountShown, LocalDate expectedClose,
                       List<DealContact> contacts, String lostReason, String contractReference, EmployeeId owner,
                       DepartmentId department, Instant openedAt, Instant closedAt, List<StageChange> history) {
}
