package org.crmkit.testkit.assertions;

import java.util.List;

import org.assertj.core.api.AbstractObjectAssert;
import org.crmkit.core.application.contacts.ContactView;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.application.interactions.InteractionView;
import org.crmkit.core.application.overview.ClientOverview;

/** Assertions on the 360° view of a client as a session sees it. */
public final class ClientOverviewAssert extends AbstractObjectAssert<ClientOverviewAssert, ClientOverview> {
    ClientOverviewAssert(ClientOverview actual) {
        super(actual, ClientOverviewAssert.class);
    }

    /** Every contact in the overview passes {@link ContactViewAssert#hasNoUnmaskedPersonalData()}. */
    public ClientOverviewAssert hasNoUnmaskedPersonalData() {
        isNotNull();
        for (ContactView contact : actual.contacts()) {
            new ContactViewAssert(contact).hasNoUnmaskedPersonalData();
        }
        return this;
    }

    public ClientOverviewAssert hasOpenDealsTitled(String... titles) {
        isNotNull();
        List<String> actualTitles = actual.openDeals().stream().map(DealView::title).toList();
        if (!actualTitles.equals(List.of(titles))) {
            failWithMessage("expected open deals %s but they were %s", List.of(titles), actualTitles);
        }
        return this;
    }

    public ClientOverviewAssert hasRecentlyClosedDealsTitled(String... titles) {
        isNotNull();
        List<String> actualTitles = actual.recentlyClosedDeals().stream().map(DealView::title).toList();
        if (!actualTitles.equals(List.of(titles))) {
            failWithMessage("expected recently closed deals %s but they were %s", List.of(titles), actualTitles);
        }
        return this;
    }

    public ClientOverviewAssert hasOpenClaims(int count) {
        return counts("open claims", actual == null ? 0 : actual.openClaims().size(), count);
    }

    public ClientOverviewAssert hasOpenTasks(int count) {
        return counts("open tasks", actual == null ? 0 : actual.openTasks().size(), count);
    }

    public ClientOverviewAssert hasContacts(int count) {
        return counts("contacts", actual == null ? 0 : actual.contacts().size(), count);
    }

    /** The timeline page shows these summaries, in this (newest first) order. */
    public ClientOverviewAssert hasTimeline(String... summaries) {
        isNotNull();
        List<String> actualSummaries = actual.timeline().stream().map(InteractionView::summary).toList();
        if (!actualSummaries.equals(List.of(summaries))) {
            failWithMessage("expected the timeline %s but it was %s", List.of(summaries), actualSummaries);
        }
        return this;
    }

    private ClientOverviewAssert counts(String what, int actualCount, int expected) {
        isNotNull();
        if (actualCount != expected) {
            failWithMessage("expected %d %s in the overview but there were %d", expected, what, actualCount);
        }
        return this;
    }
}
