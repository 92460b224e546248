package org.idds.cds.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward; each outside technology is touched by exactly one package. */
@AnalyzeClasses(packages = "org.idds.cds", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layersPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Api").definedBy("org.idds.cds.api..")
            .layer("Assessment").definedBy("org.idds.cds.assessment..")
            .layer("Engine").definedBy("org.idds.cds.engine..")
            .layer("Knowledge").definedBy("org.idds.cds.knowledge..")
            .layer("Persistence").definedBy("org.idds.cds.persistence..")
            .layer("Domain").definedBy("org.idds.cds.domain..")
            .whereLayer("Api").mayNotBeAccessedByAnyLayer()
            .whereLayer("Assessment").mayOnlyBeAccessedByLayers("Api", "Persistence")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Assessment")
            .whereLayer("Knowledge").mayOnlyBeAccessedByLayers("Assessment", "Engine", "Api")
            .whereLayer("Persistence").mayNotBeAccessedByAnyLayer()
            .ignoreDependency(org.idds.cds.Main.class, org.idds.cds.persistence.EmbeddedDatabase.class);

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("org.idds.cds.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "java.sql..", "javax.sql..",
                    "org.kie..", "org.drools..", "com.fasterxml..", "org.jboss..");

    @ArchTest
    static final ArchRule onlyTheEngineTouchesDrools = noClasses().that().resideOutsideOfPackage("org.idds.cds.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");

    @ArchTest
    static final ArchRule onlyPersistenceTouchesJdbc = noClasses().that().resideOutsideOfPackage("org.idds.cds.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..", "io.zonky..");

    @ArchTest
    static final ArchRule onlyTheApiSpeaksHttp = noClasses().that().resideOutsideOfPackage("org.idds.cds.api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..");
}
