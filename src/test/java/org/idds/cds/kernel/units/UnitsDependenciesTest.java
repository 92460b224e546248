package org.idds.cds.kernel.units;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The units kernel is plain Java over the UCUM library: no framework, nothing else of the project. */
class UnitsDependenciesTest {

    @Test
    void dependsOnlyOnJavaAndTheUcumLibrary() {
        noClasses()
                .that()
                .resideInAPackage("org.idds.cds.kernel.units..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.fhir.ucum..", "org.idds.cds.kernel.units..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.idds.cds.kernel.units"));
    }
}
