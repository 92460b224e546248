package org.idds.cds.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward; each outside technology is touched by exactly one package. Plain Jupiter tests over
 * ArchUnit's core API (the ArchUnit JUnit engine is not run by this JUnit platform version).
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.idds.cds");
    }

    @Test
    void layersPointInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Api").definedBy("org.idds.cds.api..")
                .layer("Assessment").definedBy("org.idds.cds.assessment..")
                .layer("Engine").definedBy("org.idds.cds.engine..")
                .layer("Knowledge").definedBy("org.idds.cds.knowledge..")
                .layer("Persistence").definedBy("org.idds.cds.persistence..")
                .layer("Domain").definedBy("org.idds.cds.domain..")
                .whereLayer("Api").mayNotBeAccessedByAnyLayer()
                .whereLayer("Assessment").mayOnlyBeAccessedByLayers("Api", "Persistence")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Assessment")
                // the engine implements knowledge.NumericLiteralScanner (the DRL lexer) for the governance checks
                .whereLayer("Knowledge").mayOnlyBeAccessedByLayers("Assessment", "Engine")
                .whereLayer("Persistence").mayNotBeAccessedByAnyLayer()
                .ignoreDependency(org.idds.cds.Main.class, org.idds.cds.persistence.EmbeddedDatabase.class)
                .ignoreDependency(org.idds.cds.Main.class, org.idds.cds.persistence.EmbeddedDatabaseLifecycle.class)
                .check(classes);
    }

    @Test
    void domainImportsNoFrameworkJdbcOrDrools() {
        noClasses().that().resideInAPackage("org.idds.cds.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "java.sql..", "javax.sql..",
                        "org.kie..", "org.drools..", "com.fasterxml..", "org.jboss..")
                .check(classes);
    }

    @Test
    void onlyTheEngineTouchesDrools() {
        noClasses().that().resideOutsideOfPackage("org.idds.cds.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void onlyPersistenceTouchesJdbc() {
        noClasses().that().resideOutsideOfPackage("org.idds.cds.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..", "io.zonky..")
                .check(classes);
    }

    @Test
    void theKeyAndIdentityProviderSetupIsPlainJavaBecauseItRunsBeforeQuarkus() {
        noClasses().that().resideInAPackage("org.idds.cds.security..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.idds.cds.security..")
                .check(classes);
    }

    @Test
    void onlyTheApiSpeaksHttp() {
        noClasses().that().resideOutsideOfPackage("org.idds.cds.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(classes);
    }
}
