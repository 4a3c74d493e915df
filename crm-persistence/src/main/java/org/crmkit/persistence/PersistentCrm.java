package org.crmkit.persistence;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.crmkit.core.access.AccessAuditTrail;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmBuilder;
import org.crmkit.core.application.Outbox;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.Transactions;
import org.crmkit.core.deal.Pipelines;
import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.analytics.Kpis;
import org.crmkit.core.campaign.Campaigns;
import org.crmkit.persistence.internal.JpaAccessAudit;
import org.crmkit.persistence.internal.JpaDealLabels;
import org.crmkit.persistence.internal.SqlKpis;
import org.crmkit.persistence.internal.JpaOutbox;
import org.crmkit.persistence.internal.PersistenceUnit;
import org.crmkit.persistence.internal.UnitOfWork;

/**
 * An open database-backed storage for a {@link Crm}: the repositories, the transactions they share (one JPA
 * transaction per use case, bound to the thread), the outbox table written in that transaction, and the access
 * audit table. Thread-safe; open one per database and close it when the application stops.
 */
public final class PersistentCrm implements AutoCloseable {
    private final DataSource dataSource;
    private final HikariDataSource ownPool;
    private final EntityManagerFactory factory;
    private final UnitOfWork work;
    private final Repositories repositories;
    private final JpaOutbox outbox;
    private final JpaAccessAudit audit;
    private final Campaigns campaigns;
    private final DealLabels dealLabels;
    private final SqlKpis kpis;

    PersistentCrm(DataSource dataSource, HikariDataSource ownPool, boolean validateSchema, Clock clock,
                  Pipelines pipelines) {
        this.dataSource = dataSource;
        this.ownPool = ownPool;
        this.factory = PersistenceUnit.boot(dataSource, validateSchema);
        this.work = new UnitOfWork(factory, dataSource);
        this.repositories = PersistenceUnit.repositories(work, clock, pipelines);
        this.outbox = new JpaOutbox(work);
        this.audit = new JpaAccessAudit(work);
        this.campaigns = PersistenceUnit.campaigns(work, clock);
        this.dealLabels = new JpaDealLabels(work);
        this.kpis = new SqlKpis(dataSource, pipelines);
    }

    /** Campaigns with their members and credited deals, stored in crm_campaigns and its child tables. */
    public Campaigns campaigns() {
        return campaigns;
    }

    /** Deal reporting labels (product, ...) in crm_deal_labels, written in the use case's transaction. */
    public DealLabels dealLabels() {
        return dealLabels;
    }

    /**
     * The KPIs computed in the database ({@link SqlKpis}): use as {@code crm.as(reader).analytics(storage.kpis())},
     * which puts the reader's access filters into every query.
     */
    public Kpis kpis() {
        return kpis;
    }

    /** The repository ports on the database; pipelines are kept in memory (see {@link CrmPersistence}). */
    public Repositories repositories() {
        return repositories;
    }

    /** Runs each use case in one database transaction; nested calls join the open one. */
    public Transactions transactions() {
        return work;
    }

    /** Writes domain events to the crm_outbox table inside the use case's transaction. */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Stores the access audit trail in crm_access_audit, each entry committed on its own, and reads it back newest
     * first ({@code crm.as(auditor).audit().latest(n)} works on the database).
     */
    public AccessAuditTrail accessAudit() {
        return audit;
    }

    /** A CRM builder with this storage's repositories, transactions, outbox and access audit already set. */
    public CrmBuilder crmBuilder() {
        return Crm.builder().repositories(repositories).transactions(work).outbox(outbox).accessAudit(audit);
    }

    /** The data source the storage runs on (for the application's own queries, e.g. an outbox relay). */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        kpis.close();
        factory.close();
        if (ownPool != null) {
            ownPool.close();
        }
    }
}
