package org.crmkit.rules.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmBuilder;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.internal.memory.InMemoryPipelines;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.RuleEngine;

/** A real in-memory CRM for the company "acme": its pipelines registered, a sales department, one manager. */
final class AcmeWorld {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    static final RuleEngine ENGINE = RuleEngine.create(CLOCK);

    final CompanyPipelines pipelines = PipelinesJson.reader().engine(ENGINE).read(resource("/pipelines/acme.json"));
    final Crm crm;
    final EmployeeId anna;

    AcmeWorld(java.util.function.UnaryOperator<CrmBuilder> extra) {
        Repositories base = Repositories.inMemory();
        InMemoryPipelines registered = new InMemoryPipelines();
        pipelines.registerInto(registered::register);
        Repositories repositories = new Repositories(base.clients(), base.contacts(), base.deals(), registered,
                base.claims(), base.tasks(), base.interactions(), base.employees(), base.departments());
        crm = extra.apply(Crm.builder().repositories(repositories).clock(CLOCK).stageGate(pipelines.gate())).build();
        CrmSession setup = crm.system("test setup");
        DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Acme"));
        DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
        anna = setup.organisation().hire(new HireEmployee("Anna", null, "Smirnova", "manager", sales,
                Set.of(StandardRoles.SALES_MANAGER_NAME.value())));
    }

    static String resource(String name) {
        try (InputStream in = AcmeWorld.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
