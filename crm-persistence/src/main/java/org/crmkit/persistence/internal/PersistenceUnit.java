package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.crmkit.core.application.Repositories;
import org.crmkit.core.deal.Pipelines;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Boots Hibernate programmatically (no persistence.xml) on a DataSource and wires the adapters. The schema belongs
 * to Flyway: Hibernate only validates it (or, with validation off, trusts it); it never creates or alters tables.
 */
public final class PersistenceUnit {
    private static final List<Class<?>> ROWS = List.of(DepartmentRow.class, EmployeeRow.class, ClientRow.class,
            ContactRow.class, DealRow.class, ClaimRow.class, TaskRow.class, InteractionRow.class, CampaignRow.class);

    private PersistenceUnit() {
    }

    public static EntityManagerFactory boot(DataSource dataSource, boolean validateSchema) {
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("crmkit");
        ROWS.forEach(config::managedClass);
        return config
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, validateSchema ? "validate" : "none")
                // Lists load their rows' collections in batches instead of one query per row.
                .property(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 100)
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .createEntityManagerFactory();
    }

    public static Repositories repositories(UnitOfWork work, Clock clock, Pipelines pipelines) {
        return new Repositories(new JpaClients(work, clock), new JpaContacts(work, clock), new JpaDeals(work, clock),
                pipelines, new JpaClaims(work, clock), new JpaTasks(work, clock), new JpaInteractions(work, clock),
                new JpaEmployees(work, clock), new JpaDepartments(work, clock));
    }

    /** Campaigns on crm_campaigns (not part of core's {@code Repositories}: analytics wires them itself). */
    public static org.crmkit.core.campaign.Campaigns campaigns(UnitOfWork work, Clock clock) {
        return new JpaCampaigns(work, clock);
    }
}
