package org.crmkit.testkit.assertions;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.Decision;
import org.crmkit.core.application.CommandRejected;
import org.crmkit.core.application.contacts.ContactView;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.application.overview.ClientOverview;

/**
 * Entry point of the CRMKit assertions; import statically beside AssertJ's own {@code assertThat}, the more
 * specific overloads here win:
 * <pre>{@code
 * assertThat(catchThrowableOfType(CommandRejected.class, () -> session.clients().onboard(bad)))
 *         .hasViolationAt("inn").explainsEveryViolationInEnglishAndRussian();
 * assertThatDeal(session.deals().get(deal)).isWon();
 * }</pre>
 */
public final class CrmAssertions {
    private CrmAssertions() {
    }

    public static CommandRejectedAssert assertThat(CommandRejected actual) {
        return new CommandRejectedAssert(actual);
    }

    public static AccessDeniedAssert assertThat(AccessDenied actual) {
        return new AccessDeniedAssert(actual);
    }

    public static DecisionAssert assertThatDecision(Decision actual) {
        return new DecisionAssert(actual);
    }

    public static ContactViewAssert assertThat(ContactView actual) {
        return new ContactViewAssert(actual);
    }

    public static DealViewAssert assertThatDeal(DealView actual) {
        return new DealViewAssert(actual);
    }

    public static ClientOverviewAssert assertThat(ClientOverview actual) {
        return new ClientOverviewAssert(actual);
    }
}
