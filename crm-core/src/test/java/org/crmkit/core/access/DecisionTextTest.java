package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.EmployeeId;

/** The sentences of each kind of decision, word for word: they are written on first read, not when decided. */
class DecisionTextTest {
    private static final Permission READ = Permission.parse("deal.read");
    private static final RoleName MANAGER = RoleName.of("manager");

    @Test
    void a_grant_names_role_permission_and_scope_in_english_and_russian() {
        Decision d = Decision.granted(READ, MANAGER, Scope.DEPARTMENT);
        assertThat(d.explain()).isEqualTo("allowed: role manager grants deal.read at scope DEPARTMENT");
        assertThat(d.explainRu()).isEqualTo("разрешено: роль manager даёт право deal.read в пределах «свой отдел»");
        assertThat(d.toString()).isEqualTo(d.explain());
    }

    @Test
    void a_forbid_names_its_scope_unless_it_forbids_everywhere() {
        assertThat(Decision.forbidden(READ, MANAGER, Scope.OWN).explain())
                .isEqualTo("denied: role manager forbids deal.read at scope OWN; a forbid beats every grant and share");
        assertThat(Decision.forbidden(READ, MANAGER, Scope.ALL).explain())
                .isEqualTo("denied: role manager forbids deal.read; a forbid beats every grant and share");
        assertThat(Decision.forbidden(READ, MANAGER, Scope.DEPARTMENT_TREE).explainRu())
                .isEqualTo("запрещено: роль manager запрещает deal.read в пределах «свой отдел и подчинённые»"
                        + "; запрет сильнее любого разрешения");
        assertThat(Decision.forbidden(READ, MANAGER, Scope.ALL).explainRu())
                .isEqualTo("запрещено: роль manager запрещает deal.read; запрет сильнее любого разрешения");
    }

    @Test
    void no_grant_out_of_scope_share_and_system_context_explain_themselves() {
        assertThat(Decision.noGrant(READ).explain()).isEqualTo("denied: no grant of deal.read");
        assertThat(Decision.noGrant(READ).explainRu()).isEqualTo("запрещено: нет разрешения deal.read");
        assertThat(Decision.outOfScope(READ, MANAGER, Scope.OWN).explain()).isEqualTo(
                "denied: role manager grants deal.read only at scope OWN and the record lies outside it");
        assertThat(Decision.outOfScope(READ, MANAGER, Scope.ALL).explainRu()).isEqualTo(
                "запрещено: роль manager даёт право deal.read только в пределах «все записи», а запись вне их");
        assertThat(Decision.systemContext(READ).explain()).isEqualTo("allowed: system context (audited) for deal.read");
        assertThat(Decision.systemContext(READ).explainRu())
                .isEqualTo("разрешено: системный контекст (с аудитом) для deal.read");
        Share share = new Share(Resource.DEAL, UUID.randomUUID(), Grantee.employee(new EmployeeId(UUID.randomUUID())),
                Action.READ);
        assertThat(Decision.shared(READ, share).explain())
                .isEqualTo("allowed: the record is shared with " + share.grantee() + " for deal.read");
        assertThat(Decision.shared(READ, share).explainRu())
                .isEqualTo("разрешено: запись предоставлена (" + share.grantee() + ") для deal.read");
    }

    @Test
    void decisions_of_other_policies_keep_their_own_sentence() {
        assertThat(Decision.allow("allowed: by the board").explain()).isEqualTo("allowed: by the board");
        assertThat(Decision.deny("denied: closed").explainRu()).isEqualTo("denied: closed");
    }

    @Test
    void equal_decisions_are_equal_whether_or_not_their_text_was_read() {
        Decision read = Decision.granted(READ, MANAGER, Scope.ALL);
        read.explain();
        assertThat(Decision.granted(READ, MANAGER, Scope.ALL)).isEqualTo(read).hasSameHashCodeAs(read);
        assertThat(Decision.granted(READ, MANAGER, Scope.OWN)).isNotEqualTo(read);
    }
}
