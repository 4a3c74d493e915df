package org.crmkit.examples.demo;

import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.EmployeeId;

/**
 * What the report needs to know about the week it did not see: the client to look at in 360°, who owns it, a
 * deal of that owner's colleague (for the denial), and a line per day of what happened.
 */
record WeekFacts(ClientId showcase, String showcaseName, EmployeeId showcaseOwner, DealId colleaguesDeal,
                 List<String> diary) {
}
