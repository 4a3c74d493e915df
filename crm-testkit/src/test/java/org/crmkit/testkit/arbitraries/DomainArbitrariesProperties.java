package org.crmkit.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.testkit.assertions.CrmAssertions.assertThat;

import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.testkit.fixtures.CompanyFixture;

/** The generated commands are valid: a use case accepts each of them from someone allowed to issue it. */
class DomainArbitrariesProperties {
    private static final CompanyFixture COMPANY = CompanyFixture.inMemory();
    private static final ClientId CLIENT = COMPANY.onboardClient();

    @Property(tries = 50)
    void every_generated_onboarding_is_accepted(@ForAll("clients") OnboardClient command) {
        ClientId id = COMPANY.as(COMPANY.salesManager()).clients().onboard(command);

        assertThat(COMPANY.as(COMPANY.salesManager()).clients().get(id).kind()).isEqualTo(command.kind());
    }

    @Property(tries = 50)
    void every_generated_deal_is_accepted(@ForAll("deals") OpenDeal command) {
        var deal = COMPANY.as(COMPANY.salesManager()).deals().open(command);

        assertThat(COMPANY.as(COMPANY.salesManager()).deals().get(deal).title()).isEqualTo(command.title());
    }

    @Property(tries = 50)
    void a_generated_contact_is_accepted_and_shown_masked_to_readers_without_personal_data(
            @ForAll("contacts") AddContact command, @ForAll("maskedRoles") Set<RoleName> roles) {
        ContactId contact = COMPANY.as(COMPANY.salesManager()).contacts().add(command);
        var reader = COMPANY.as(COMPANY.hire("Reader", "Testov", COMPANY.marketing(),
                roles.toArray(RoleName[]::new)));

        for (var view : reader.contacts().ofClient(CLIENT)) {
            assertThat(view).hasNoUnmaskedPersonalData();
        }
        assertThat(COMPANY.as(COMPANY.salesManager()).contacts().get(contact).channels())
                .hasSize((command.email() == null ? 0 : 1) + (command.phone() == null ? 0 : 1));
    }

    @Provide
    Arbitrary<OnboardClient> clients() {
        return DomainArbitraries.onboardClient();
    }

    @Provide
    Arbitrary<OpenDeal> deals() {
        return DomainArbitraries.openDeal(CLIENT);
    }

    @Provide
    Arbitrary<AddContact> contacts() {
        return DomainArbitraries.addContact(CLIENT);
    }

    @Provide
    Arbitrary<Set<RoleName>> maskedRoles() {
        return DomainArbitraries.roleSetsWithoutPersonalData();
    }
}
