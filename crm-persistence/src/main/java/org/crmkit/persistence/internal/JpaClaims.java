package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.Claims;
import org.crmkit.core.claim.OpenClaimStamp;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

/** {@link Claims} on the crm_claims tables; lists ordered by registration time, then id. */
final class JpaClaims extends JpaRepository<Claim, ClaimId, Claim.Snapshot, ClaimRow> implements Claims {
    private static final String ORDER = "order by r.registeredAt, r.id";
    private static final List<String> OPEN = Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen)
            .map(Enum::name).toList();
    /** Open claims per stamp query: bounded memory, few round trips. */
    private static final int STAMP_PAGE = 10_000;
    private final ClaimMapper mapper = new ClaimMapperImpl();

    JpaClaims(UnitOfWork work, Clock clock) {
        super(work, clock, ClaimRow.class, "crm_claims",
                new ScopedFilterSql(Resource.CLAIM, "r.registered_by = :e"));
    }

    @Override UUID key(ClaimId id) { return id.value(); }
    @Override Claim.Snapshot snapshot(Claim a) { return a.snapshot(); }
    @Override Claim restore(Claim.Snapshot s, long version) { return Claim.restore(s, version); }
    @Override Claim.Snapshot toSnapshot(ClaimRow row) { return mapper.toSnapshot(row); }
    @Override void write(Claim.Snapshot s, ClaimRow row) { mapper.update(s, row); }
    @Override ClaimRow newRow() { return new ClaimRow(); }
    @Override ProtectedRecord facts(Claim a) { return AccessFacts.of(a); }

    @Override
    void derive(Claim claim, ClaimRow row, EntityManager em) {
        row.owner = claim.owner().value();
        row.department = claim.department().value();
        row.resolvedAt = KpiFacts.resolvedAt(claim).orElse(null);
        row.finished = KpiFacts.finished(claim);
    }

    @Override
    public List<Claim> ofClient(ClientId client) {
        return select("where r.client = :client " + ORDER, "client", client.value());
    }

    @Override
    public List<Claim> open() {
        return select("where r.status in :open " + ORDER, "open", OPEN);
    }

    /**
     * One projection query per {@link #STAMP_PAGE} open claims, keyset-paged by id: id, version and the number of
     * history rows (an index-only count on the transitions' primary key), no claim loaded. Each page is read
     * whole before the stamps are handed out, so no cursor stays open while the caller loads and saves claims.
     */
    @Override
    public void forEachOpenStamp(OpenClaimStamp stamp) {
        UUID after = null;
        List<Object[]> page;
        do {
            page = stampPage(after);
            for (Object[] row : page) {
                after = (UUID) row[0];
                // the row's version counts updates since the insert; the aggregate's is one more (AggregateRow)
                stamp.accept(new ClaimId(after), ((Number) row[1]).longValue() + 1, ((Number) row[2]).intValue());
            }
        } while (page.size() == STAMP_PAGE);
    }

    private List<Object[]> stampPage(UUID after) {
        return work.withEntityManager(em -> {
            TypedQuery<Object[]> q = em.createQuery("select r.id, r.version, size(r.history) from ClaimRow r"
                    + " where r.status in :open" + (after == null ? "" : " and r.id > :after") + " order by r.id",
                    Object[].class).setParameter("open", OPEN).setMaxResults(STAMP_PAGE);
            if (after != null) {
                q.setParameter("after", after);
            }
            return q.getResultList();
        });
    }

    @Override
    public List<Claim> all() {
        return select(ORDER);
    }

    @Override
    public Page<Claim> list(RecordFilter filter, PageRequest page) {
        return page(filter, page);
    }

    @Override
    public List<Claim> ofClient(ClientId client, RecordFilter filter) {
        return filtered(filter, "r.client_id = :client", Map.of("client", client.value()), "r.registered_at, r.id",
                c -> ofClient(client));
    }
}
