package org.crmkit.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.testkit.assertions.CrmAssertions.assertThat;
import static org.crmkit.testkit.assertions.CrmAssertions.assertThatDeal;
import static org.crmkit.testkit.assertions.CrmAssertions.assertThatDecision;

import java.util.List;
import java.util.Set;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.Action;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.Scope;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.CommandRejected;
import org.crmkit.core.application.Violation;
import org.crmkit.core.application.contacts.ContactView;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.Test;

/** The assertions fail when they should: each is checked against a value that breaks it. */
class CrmAssertionsTest {
    private static final Permission READ_DEAL = Permission.of(Resource.DEAL, Action.READ);

    @Test
    void a_rejection_without_the_named_violation_fails() {
        CommandRejected rejected = new CommandRejected("OnboardClient",
                List.of(new Violation("inn", "tax-id.invalid", "bad INN", "неверный ИНН")));

        assertThat(rejected).hasViolationAt("inn").hasViolationCode("tax-id.invalid")
                .explainsEveryViolationInEnglishAndRussian();
        assertThatThrownBy(() -> assertThat(rejected).hasViolationAt("kpp")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("inn: bad INN");
        assertThatThrownBy(() -> assertThat(rejected).hasViolationsExactlyAt("inn", "kpp"))
                .isInstanceOf(AssertionError.class);
        CommandRejected englishOnly = new CommandRejected("X", List.of(new Violation("a", "c", "bad", "bad")));
        assertThatThrownBy(() -> assertThat(englishOnly).explainsEveryViolationInEnglishAndRussian())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void a_decision_is_told_apart_by_its_basis_and_role() {
        Decision outOfScope = Decision.outOfScope(READ_DEAL, StandardRoles.SALES_MANAGER_NAME, Scope.OWN);

        assertThatDecision(outOfScope).isDeniedBecauseOutOfScope().namesRole(StandardRoles.SALES_MANAGER_NAME)
                .namesScope(Scope.OWN).concerns(READ_DEAL).isExplainedInRussian();
        assertThatThrownBy(() -> assertThatDecision(outOfScope).isDeniedBecauseOfNoGrant())
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThatDecision(outOfScope).namesRole(StandardRoles.AUDITOR_NAME))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(new AccessDenied(Decision.noGrant(READ_DEAL))).isDeniedBecauseOfForbid())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void a_contact_showing_a_full_phone_or_email_or_name_fails_the_masking_check() {
        assertThat(contact("Ivan P.", "phone +7 *** ***-45-67", "email i***@romashka.ru")).hasNoUnmaskedPersonalData();
        for (ContactView leaky : List.of(contact("Ivan P.", "phone +79161234567"),
                contact("Ivan P.", "email ivan@romashka.ru"), contact("Ivan Petrov", "email i***@romashka.ru"))) {
            assertThatThrownBy(() -> assertThat(leaky).hasNoUnmaskedPersonalData()).isInstanceOf(AssertionError.class);
        }
        assertThatThrownBy(() -> assertThat(contact("Ivan P.", "phone +7 *** ***-45-67", "email x@y.ru"))
                .doesNotReveal("+7 (916) 123-45-67", "x@y.ru")).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_deal_at_another_stage_or_status_fails() {
        DealView won = new DealView(DealId.newId(), ClientId.newId(), "Servers", "default", "won", DealStatus.WON,
                100, null, "*** RUB", null, List.of(), null, null, EmployeeId.newId(), DepartmentId.newId(), null,
                null, List.of());

        assertThatDeal(won).isWon().isAtStage("won").hasAmountMasked();
        assertThatThrownBy(() -> assertThatDeal(won).isLost()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThatDeal(won).isAtStage("proposal")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThatDeal(won).hasAmountHidden()).isInstanceOf(AssertionError.class);
    }

    private static ContactView contact(String name, String... channels) {
        return new ContactView(ContactId.newId(), name, "CEO", Set.of(), List.of(channels), null, Set.of(),
                EmployeeId.newId());
    }
}
