package org.safeguarding.tracker.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers stay honest: api → projections → domain, and the domain knows no Spring and no SQL. */
class ArchitectureTest {

    private static final JavaClasses TRACKER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safeguarding.tracker");

    @Test
    void theDomainKnowsNoSpringNoSqlAndNoOuterLayer() {
        noClasses().that().resideInAPackage("..tracker.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "com.fasterxml..", "..tracker.projections..", "..tracker.api..")
                .check(TRACKER);
    }

    @Test
    void theProjectionsDoNotKnowTheApi() {
        noClasses().that().resideInAPackage("..tracker.projections..")
                .should().dependOnClassesThat().resideInAPackage("..tracker.api..")
                .check(TRACKER);
    }
}
