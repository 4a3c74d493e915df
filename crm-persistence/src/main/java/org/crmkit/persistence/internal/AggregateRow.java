package org.crmkit.persistence.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every aggregate table shares: the id, the optimistic-lock version and the audit columns.
 *
 * <p>The version column counts updates since the insert (Hibernate seeds it with 0); the aggregate's version is
 * one more, because core counts a freshly stored aggregate as version 1. {@link #aggregateVersion()} is the one
 * place that converts. Fields are public so MapStruct reads them directly; the class itself stays package-private.
 */
@MappedSuperclass
abstract class AggregateRow {
    @Id
    public UUID id;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant rowCreatedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public UUID rowCreatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant rowUpdatedAt;

    @Column(name = "updated_by", nullable = false)
    public UUID rowUpdatedBy;

    long aggregateVersion() {
        return version + 1;
    }
}
