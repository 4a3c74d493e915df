package org.crmkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.crmkit.core.shared.AggregateRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of CONVENTIONS.md, held by the build. */
class ArchitectureTest {
    private static final String[] DOMAIN = {
            "org.crmkit.core.shared..", "org.crmkit.core.organisation..", "org.crmkit.core.client..",
            "org.crmkit.core.contact..", "org.crmkit.core.deal..", "org.crmkit.core.claim..",
            "org.crmkit.core.task..", "org.crmkit.core.interaction..", "org.crmkit.core.campaign.."};

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crmkit.core");
    }

    @Test
    void core_knows_nothing_of_jpa_hibernate_orm_or_jackson() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate.orm..", "org.hibernate.engine..",
                        "org.hibernate.annotations..", "com.fasterxml.jackson..", "tools.jackson..")
                .check(core);
    }

    @Test
    void the_domain_does_not_depend_on_the_application_layer() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.crmkit.core.application..")
                .check(core);
    }

    @Test
    void the_domain_does_not_depend_on_adapters() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.crmkit.core.internal..")
                .check(core);
    }

    @Test
    void aggregates_reference_each_other_by_id_only() {
        // Aggregates and their snapshots (the state they are stored as); query results such as a timeline page
        // may of course carry aggregates.
        classes().that().areAssignableTo(AggregateRoot.class).or().haveSimpleName("Snapshot")
                .should(holdNoFieldOfAnotherAggregate())
                .check(core);
    }

    @Test
    void aggregate_packages_are_free_of_cycles() {
        slices().matching("org.crmkit.core.(*)..").should().beFreeOfCycles().check(core);
    }

    private static ArchCondition<JavaClass> holdNoFieldOfAnotherAggregate() {
        DescribedPredicate<JavaClass> aggregate = JavaClass.Predicates.assignableTo(AggregateRoot.class);
        return new ArchCondition<>("hold no field whose type involves another aggregate") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                for (JavaField field : owner.getFields()) {
                    for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
                        if (aggregate.test(involved) && !involved.equals(owner)
                                && !involved.isEquivalentTo(AggregateRoot.class)) {
                            events.add(SimpleConditionEvent.violated(field,
                                    field.getFullName() + " holds aggregate " + involved.getName()
                                            + ": reference it by its id"));
                        }
                    }
                }
            }
        };
    }
}
