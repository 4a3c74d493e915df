package org.crmkit.examples.importer;

import java.util.Map;

import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineKey;

/**
 * The declarative mapping of a Salesforce data export: stage names, case statuses (compared case-insensitively,
 * as the export spells them inconsistently), case origins, campaign statuses, which date columns hold the real
 * dates, and the defaults for blanks.
 *
 * @param stages         Opportunity.StageName → stage key of {@link #pipeline()}
 * @param caseStatuses   lower-cased Case.Status → open | in_progress | closed
 * @param origins        Case.Origin → claim channel; a blank origin takes {@code defaultChannel}
 * @param caseOpenedColumn  the column with the date a case was really opened (the standard CreatedDate of this
 *                       export is the load time); CreatedDate when blank
 * @param caseClosedColumn  likewise for the closing date; ClosedDate when blank
 */
public record SalesforceMapping(String system, String currency, Map<String, String> stages,
                                Map<String, String> caseStatuses, Map<String, ClaimChannel> origins,
                                ClaimChannel defaultChannel, String caseOpenedColumn, String caseClosedColumn,
                                String noAccount) {
    public static final PipelineKey PIPELINE = PipelineKey.of("salesforce");

    public static SalesforceMapping standard() {
        return new SalesforceMapping("salesforce", "USD",
                Map.of("Discovery", "discovery", "Qualification", "qualification", "Proposal/Quote", "proposal",
                        "Negotiation", "negotiation", "Closed Won", "won", "Closed Lost", "lost"),
                Map.of("new", "open", "open", "open", "in_progress", "in_progress", "working", "in_progress",
                        "escalated", "in_progress", "closed", "closed"),
                Map.of("Phone", ClaimChannel.PHONE, "Email", ClaimChannel.EMAIL, "Web", ClaimChannel.WEB),
                ClaimChannel.SUPPORT, "createddate__c", "CloseDate__c", "(no account)");
    }

    public static Pipeline pipeline() {
        return Pipeline.builder(PIPELINE, "Salesforce opportunities")
                .open("discovery", "Discovery", 10)
                .open("qualification", "Qualification", 25)
                .open("proposal", "Proposal/Quote", 50)
                .open("negotiation", "Negotiation", 75)
                .won("won", "Closed Won")
                .lost("lost", "Closed Lost")
                .allowForwardAndBackward()
                .allowClosingFromAnyOpenStage()
                .build();
    }
}
