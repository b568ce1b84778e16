package org.interlinea;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the features apart: no cycles between them, screens only at the edges, CLI free of Spring. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.interlinea");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.interlinea.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyScreensAndTheShellUseAnotherFeaturesScreens() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.interlinea.shell..", "org.interlinea.security")
                .should().dependOnClassesThat().resideInAPackage("org.interlinea..ui..")
                .because("services and domain must not know about screens")
                .check(CLASSES);
    }

    @Test
    void servicesDoNotUseVaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.interlinea.shell..", "org.interlinea")
                .and().resideOutsideOfPackage("org.interlinea.security..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void webApiOnlyInApiPackages() {
        noClasses().that().resideOutsideOfPackage("..api..")
                .should().beAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .check(CLASSES);
    }

    @Test
    void commandLineToolsRunWithoutSpring() {
        noClasses().that().resideInAnyPackage("org.interlinea.cli..", "..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .because("the jar's command-line tools must start in well under 3 s, with no web server or database")
                .check(CLASSES);
    }
}
