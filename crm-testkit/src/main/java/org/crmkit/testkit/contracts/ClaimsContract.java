package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Repository;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.crmkit.core.claim.Claims} port: per-client lists by registration time, then id. */
public abstract class ClaimsContract extends ClientScopedRepositoryContract<Claim, ClaimId> {
    @Override
    protected Repository<Claim, ClaimId> repository(Repositories repositories) {
        return repositories.claims();
    }

    @Override
    protected Claim aNew(ClientId client, EmployeeId registrar) {
        return Claim.register(ClaimId.newId(), client, null, ClaimChannel.CALL_CENTRE, ClaimCategory.of("delivery"),
                Severity.HIGH, "Parcel arrived broken", "The pump inside is cracked", null, "PUMP-7",
                world.departmentOf(registrar), world.next(registrar));
    }

    @Override
    protected void change(Claim claim) {
        claim.escalate(claim.escalationLevel() + 1, "no answer for two days", world.next(claim.owner()));
    }

    @Override
    protected Object stateOf(Claim claim) {
        return claim.snapshot();
    }

    @Override
    protected Page<Claim> list(RecordFilter filter, PageRequest page) {
        return stored().claims().list(filter, page);
    }

    @Override
    protected List<Claim> ofClient(ClientId client) {
        return stored().claims().ofClient(client);
    }

    @Override
    protected List<Claim> ofClient(ClientId client, RecordFilter filter) {
        return stored().claims().ofClient(client, filter);
    }

    @Override
    protected Comparator<Claim> clientOrder() {
        return Comparator.comparing(Claim::registeredAt).thenComparing(c -> c.id().value(), UNSIGNED);
    }

    @Override
    protected boolean belongsTo(Claim claim, ClientId client) {
        return claim.client().equals(client);
    }

    @Override
    protected ProtectedRecord record(Claim claim) {
        return ProtectedRecords.of(claim);
    }

    @Override
    protected Permission readPermission() {
        return Permission.of(Resource.CLAIM, Action.READ);
    }

    @Override
    protected UUID key(ClaimId id) {
        return id.value();
    }

    @Test
    void open_lists_only_claims_still_owed_to_the_customer() {
        Claim open = aNew(world.acme, world.olga);
        Claim rejected = aNew(world.acme, world.olga);
        rejected.review(world.next(world.olga));
        rejected.reject("the warranty has expired", world.next(world.olga));
        stored().claims().save(open);
        stored().claims().save(rejected);

        assertThat(stored().claims().open()).extracting(Claim::id).containsExactly(open.id());
        assertThat(stored().claims().all()).extracting(Claim::id).containsExactly(open.id(), rejected.id());
    }

    @Test
    void stamps_name_every_open_claim_with_the_version_and_history_length_get_restores() {
        Claim registered = aNew(world.acme, world.olga);
        Claim reviewed = aNew(world.acme, world.olga);
        reviewed.review(world.next(world.olga));
        Claim rejected = aNew(world.acme, world.olga);
        rejected.review(world.next(world.olga));
        rejected.reject("the warranty has expired", world.next(world.olga));
        stored().claims().save(registered);
        stored().claims().save(reviewed);
        stored().claims().save(rejected);
        Claim escalated = stored().claims().get(reviewed.id());
        change(escalated); // a new version, the same history
        stored().claims().save(escalated);

        Map<ClaimId, String> stamps = new HashMap<>();
        stored().claims().forEachOpenStamp((id, version, historyLength) ->
                assertThat(stamps.put(id, version + " / " + historyLength)).as("handed out once").isNull());
        Map<ClaimId, String> restored = new HashMap<>();
        stored().claims().forEachOpen(c -> restored.put(c.id(), c.version() + " / " + c.historyLength()));

        assertThat(stamps).isEqualTo(restored).containsOnlyKeys(registered.id(), reviewed.id())
                .containsEntry(registered.id(), "1 / 1").containsEntry(reviewed.id(), "2 / 2");
    }

    @Test
    void an_assigned_claim_is_listed_for_its_assignee_and_still_for_its_registrar() {
        Claim claim = aNew(world.acme, world.anna);
        claim.review(world.next(world.anna));
        claim.assign(world.service, world.olga, world.next(world.anna));
        stored().claims().save(claim);

        RecordFilter olgas = world.filterFor(world.olga, readPermission());
        assertThat(list(olgas, PageRequest.first(10)).items()).extracting(Claim::id).containsExactly(claim.id());
        assertThat(olgas.admits(record(stored().claims().get(claim.id())))).isTrue();
    }
}
