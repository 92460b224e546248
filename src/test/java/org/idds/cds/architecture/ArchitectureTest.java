package org.idds.cds.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout by clinical concern, kept so by the build (see ARCHITECTURE.md). Plain Jupiter tests over ArchUnit's
 * core API (the ArchUnit JUnit engine is not run by this JUnit platform version).
 */
class ArchitectureTest {

    private static final String BASE = "org.idds.cds.";
    private static final String[] CONCERNS = {
        BASE + "selection..", BASE + "dosing..", BASE + "safety..", BASE + "trial..", BASE + "governance.."
    };
    /** Composition above the concerns (decision 0009): it may use every concern; nothing may use it. */
    private static final String COMPOSITION = BASE + "mdt..";

    private static final String[] SHARED = {BASE + "kernel..", BASE + "clinical..", BASE + "device.."};
    private static final String[] TECHNICAL = {BASE + "ruleset..", BASE + "engine..", BASE + "audit..", BASE + "web.."};
    private static final String[] FRAMEWORKS = {
        "io.quarkus..",
        "jakarta..",
        "org.jboss..",
        "org.eclipse.microprofile..",
        "io.smallrye..",
        "io.vertx..",
        "com.fasterxml..",
        "java.sql..",
        "javax.sql..",
        "io.agroal..",
        "io.zonky..",
        "org.flywaydb..",
        "org.kie..",
        "org.drools..",
        "com.networknt..",
        "io.micrometer.."
    };
    private static final String[] JDBC = {"java.sql..", "javax.sql..", "io.agroal..", "io.zonky..", "org.flywaydb.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.idds.cds");
    }

    @Test
    void concernsDoNotDependOnEachOther() {
        // Declared edges: none yet. When dosing reads selection's outcome, allow that edge here with its reason.
        slices().matching("org.idds.cds.(selection|dosing|safety|trial|governance)..")
                .should()
                .notDependOnEachOther()
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCompositionAboveTheConcerns() {
        noClasses()
                .that()
                .resideOutsideOfPackage(COMPOSITION)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(COMPOSITION)
                .check(classes);
    }

    @Test
    void sharedAndTechnicalModulesKnowNoConcern() {
        noClasses()
                .that()
                .resideInAnyPackage(concat(SHARED, TECHNICAL))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CONCERNS)
                .check(classes);
    }

    @Test
    void sharedModulesAreFrameworkFree() {
        noClasses()
                .that()
                .resideInAnyPackage(SHARED)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(FRAMEWORKS, TECHNICAL))
                .check(classes);
    }

    @Test
    void concernCoresAreFrameworkFreeAndKnowNeitherTheirServiceNorTheirApi() {
        noClasses()
                .that(resideInAnyPackage(concat(CONCERNS, new String[] {COMPOSITION}))
                        .and(not(resideInAnyPackage("..service..", "..api.."))))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        concat(FRAMEWORKS, new String[] {"..service..", "..api..", BASE + "audit..", BASE + "web.."}))
                .check(classes);
    }

    @Test
    void servicesDoNotSpeakHttp() {
        noClasses()
                .that()
                .resideInAPackage("..service..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..api..", BASE + "web..", "jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(classes);
    }

    @Test
    void onlyTheEngineTouchesDrools() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + "engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void theRulesetReachesTheEngineOnlyThroughPorts() {
        noClasses()
                .that()
                .resideInAPackage(BASE + "ruleset..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + "engine..")
                .check(classes);
    }

    @Test
    void onlyTheAuditTouchesJdbc() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + "audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(JDBC)
                .check(classes);
    }

    @Test
    void onlyApiPackagesAndWebSpeakHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..api..", BASE + "web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(classes);
    }

    @Test
    void theKeyAndIdentityProviderSetupIsPlainJavaBecauseItRunsBeforeQuarkus() {
        noClasses()
                .that()
                .resideInAPackage(BASE + "security..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", BASE + "security..")
                .check(classes);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
