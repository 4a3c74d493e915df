package org.crmkit.rules.process;

import java.time.Duration;

/** Example processes the tests share: a claim handled by support, with the repair as a subprocess. */
public final class Processes {
    private Processes() {
    }

    public static ProcessDefinitionBuilder claimHandling() {
        return ProcessDefinition.builder("claim-handling", 1)
                .goal("Every claim is answered and, when valid, repaired within the SLA")
                .participants("support-agent", "quality-lead")
                .start("start")
                .step("register", "Register the claim", "support-agent", Deadline.within(Duration.ofHours(4)),
                        Effect.of("claim registered", "claim record"))
                .decision("valid", "the claim is valid")
                .subprocess("repair", "claim-repair")
                .step("notify", "Notify the client", "support-agent", Deadline.businessDays(1),
                        Effect.of("client informed", "letter"))
                .step("explain", "Explain the refusal", "quality-lead", Deadline.businessDays(2),
                        Effect.of("refusal explained", "refusal letter"))
                .end("resolved")
                .end("refused")
                .flow("start", "register")
                .flow("register", "valid")
                .branch("valid", "approved", "repair")
                .otherwise("valid", "rejected", "explain")
                .flow("repair", "notify")
                .flow("notify", "resolved")
                .flow("explain", "refused");
    }

    public static ProcessDefinition claimRepair() {
        return ProcessDefinition.builder("claim-repair", 1)
                .goal("The fault behind a valid claim is fixed")
                .participants("engineer")
                .start("start")
                .step("fix", "Fix the fault", "engineer", Deadline.businessDays(3), Effect.of("fault fixed", "repair act"))
                .end("done")
                .flow("start", "fix")
                .flow("fix", "done")
                .build();
    }

    public static ProcessCatalog catalog() {
        return ProcessCatalog.of(claimRepair());
    }
}
