package org.crmkit.examples.demo;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.InMemoryOutbox;
import org.crmkit.core.application.Repositories;

/** What a demo run leaves behind, for a test to hold the printout against: the CRM, its storage, its outbox. */
record DemoRun(Crm crm, Repositories repositories, InMemoryOutbox outbox, EventTally events, DemoCompany staff,
               WeekFacts week) {
}
