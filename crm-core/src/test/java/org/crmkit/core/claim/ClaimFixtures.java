package org.crmkit.core.claim;

import java.time.Duration;
import java.time.Instant;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/** Claims in any status, reached through the aggregate's own commands, for tests (to move to crm-testkit). */
public final class ClaimFixtures {
    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    public static final EmployeeId REGISTRAR = EmployeeId.of("01950000-0000-7000-8000-000000000001");
    public static final EmployeeId ENGINEER = EmployeeId.of("01950000-0000-7000-8000-000000000002");
    public static final EmployeeId OTHER_ENGINEER = EmployeeId.of("01950000-0000-7000-8000-000000000003");
    public static final DepartmentId FRONT_OFFICE = DepartmentId.of("01950000-0000-7000-8000-0000000000d1");
    public static final DepartmentId SERVICE = DepartmentId.of("01950000-0000-7000-8000-0000000000d2");
    public static final ClientId CLIENT = ClientId.of("01950000-0000-7000-8000-0000000000c1");

    private ClaimFixtures() {
    }

    /** A stamp by the registrar, the given number of minutes after {@link #T0}. */
    public static Stamp at(long minutes) {
        return by(REGISTRAR, minutes);
    }

    public static Stamp by(EmployeeId employee, long minutes) {
        return Stamp.of(employee, T0.plus(Duration.ofMinutes(minutes)));
    }

    public static Claim aRegisteredClaim() {
        return aRegisteredClaimOf(CLIENT, ClaimId.newId(), at(0));
    }

    public static Claim aRegisteredClaimOf(ClientId client, ClaimId id, Stamp stamp) {
        return Claim.register(id, client, null, ClaimChannel.CALL_CENTRE, ClaimCategory.of("delivery"),
                Severity.HIGH, "Parcel arrived broken", "The box was crushed and the vase inside broken", null,
                "VASE-42", FRONT_OFFICE, stamp);
    }

    /**
     * A claim driven to the given status by the shortest path of commands, with its events pulled so that a
     * test sees only what it causes. Stamps run 10 minutes apart from T0.
     */
    public static Claim aClaimIn(ClaimStatus status) {
        Claim claim = aRegisteredClaim();
        switch (status) {
            case REGISTERED -> { }
            case IN_REVIEW -> claim.review(at(10));
            case IN_PROGRESS -> inProgress(claim);
            case WAITING -> {
                inProgress(claim);
                claim.waitForCustomer("photos of the damage are needed", at(30));
            }
            case RESOLVED -> resolved(claim);
            case REJECTED -> {
                claim.review(at(10));
                claim.reject("the warranty has expired", at(20));
            }
            case CLOSED -> {
                resolved(claim);
                claim.close(at(40));
            }
            case REOPENED -> {
                resolved(claim);
                claim.reopen("the replacement is broken too", at(40));
            }
        }
        claim.pullEvents();
        return claim;
    }

    private static void inProgress(Claim claim) {
        claim.review(at(10));
        claim.assign(SERVICE, ENGINEER, at(20));
    }

    private static void resolved(Claim claim) {
        inProgress(claim);
        claim.resolve("a replacement vase was sent", at(30));
    }
}
