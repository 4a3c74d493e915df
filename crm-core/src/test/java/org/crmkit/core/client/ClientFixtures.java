package org.crmkit.core.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crmkit.core.shared.Address;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.shared.TaxId;

/** Ready-made clients in each status and the people and stamps to change them with (destined for crm-testkit). */
public final class ClientFixtures {
    public static final EmployeeId MANAGER = EmployeeId.of("0190a000-0000-7000-8000-000000000001");
    public static final EmployeeId SUPERVISOR = EmployeeId.of("0190a000-0000-7000-8000-000000000002");
    public static final DepartmentId SALES = DepartmentId.of("0190a000-0000-7000-8000-0000000000d1");
    public static final DepartmentId KEY_ACCOUNTS = DepartmentId.of("0190a000-0000-7000-8000-0000000000d2");
    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    /** Sberbank's real, checksum-valid registration data. */
    public static final TaxId INN = TaxId.inn("7707083893");
    public static final TaxId KPP = TaxId.kpp("773601001");
    public static final TaxId OGRN = TaxId.ogrn("1027700132195");
    public static final TaxId PERSON_INN = TaxId.inn("500100732259");
    public static final TaxId OGRNIP = TaxId.ogrnip("304500116000157");
    public static final Address MOSCOW = Address.of("RU", "Moscow", "Moscow", "Vavilova", "19", "117312");

    private ClientFixtures() {
    }

    /** The manager acting at T0. */
    public static Stamp stamp() {
        return at(0);
    }

    /** The manager acting {@code minutes} after T0. */
    public static Stamp at(int minutes) {
        return by(MANAGER, minutes);
    }

    public static Stamp by(EmployeeId who, int minutes) {
        return Stamp.of(who, T0.plus(Duration.ofMinutes(minutes)));
    }

    public static Client prospect() {
        return prospect(ClientId.newId());
    }

    /** A company prospect "Romashka" with INN, KPP and OGRN, owned by the manager in sales; events pulled. */
    public static Client prospect(ClientId id) {
        Client client = Client.onboard(id, ClientKind.COMPANY, "Romashka", null, "OOO Romashka",
                List.of(INN, KPP, OGRN), MOSCOW, MANAGER, SALES, stamp());
        client.pullEvents();
        return client;
    }

    /** A private person client, Ivan Petrovich Sidorov; events pulled. */
    public static Client person() {
        Client client = Client.onboardPerson(ClientId.newId(), PersonName.of("Ivan", "Petrovich", "Sidorov"),
                MANAGER, SALES, stamp());
        client.pullEvents();
        return client;
    }

    public static Client active() {
        Client client = prospect();
        client.activate(at(1));
        client.pullEvents();
        return client;
    }

    public static Client suspended() {
        Client client = active();
        client.suspend("invoices unpaid for 60 days", at(2));
        client.pullEvents();
        return client;
    }

    public static Client offboarded() {
        Client client = active();
        client.offboard("contract terminated", at(3));
        client.pullEvents();
        return client;
    }
}
