/**
 * CRMKit core: the aggregates of a CRM (clients, contacts, deals, claims, tasks, interactions), the
 * organisation that works on them, role-based access, and the application API ({@code Crm}, sessions, use
 * cases) with in-memory adapters as the embedded default. Only API packages are exported; adapters and the
 * session machinery stay internal.
 */
module org.crmkit.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires com.google.i18n.phonenumbers.libphonenumber;

    exports org.crmkit.core.shared;
    exports org.crmkit.core.organisation;
    exports org.crmkit.core.client;
    exports org.crmkit.core.contact;
    exports org.crmkit.core.deal;
    exports org.crmkit.core.claim;
    exports org.crmkit.core.task;
    exports org.crmkit.core.interaction;
    exports org.crmkit.core.campaign;
    exports org.crmkit.core.analytics;
    exports org.crmkit.core.access;
    exports org.crmkit.core.application;
    exports org.crmkit.core.application.analytics;
    exports org.crmkit.core.application.audit;
    exports org.crmkit.core.application.claims;
    exports org.crmkit.core.application.clients;
    exports org.crmkit.core.application.contacts;
    exports org.crmkit.core.application.deals;
    exports org.crmkit.core.application.interactions;
    exports org.crmkit.core.application.organisation;
    exports org.crmkit.core.application.overview;
    exports org.crmkit.core.application.sharing;
    exports org.crmkit.core.application.tasks;

    // Bean Validation reads the constraint annotations of command records reflectively.
    opens org.crmkit.core.application.clients to org.hibernate.validator;
    opens org.crmkit.core.application.contacts to org.hibernate.validator;
    opens org.crmkit.core.application.deals to org.hibernate.validator;
    opens org.crmkit.core.application.claims to org.hibernate.validator;
    opens org.crmkit.core.application.tasks to org.hibernate.validator;
    opens org.crmkit.core.application.interactions to org.hibernate.validator;
    opens org.crmkit.core.application.organisation to org.hibernate.validator;
}
