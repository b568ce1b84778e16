package org.interlinea;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/**
 * Keeps the features apart: no cycles between them, screens only at the edges, CLI free of Spring, no
 * feature using another's screens, and the layers in order: screens, web API and command line call
 * services, services call stores. Who may run SQL on which table is {@link TableOwnershipTest}.
 */
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

    /**
     * Screens of one feature used inside another feature's screens, still to move behind a shared component.
     * Shrink this list; never grow it. The shell (the application frame) may open any feature's screens.
     */
    private static final Set<String> SCREENS_SHARED_ACROSS_FEATURES = Set.of(
            "org.interlinea.editor.ui.EditorView -> org.interlinea.publish.ui.PublishDialog",
            "org.interlinea.publish.ui.PageView -> org.interlinea.coverage.ui.StatusBadge");

    @Test
    void noFeatureUsesAnotherFeaturesScreens() {
        noClasses().that().resideOutsideOfPackages("org.interlinea.shell..", "org.interlinea")
                .should(new ArchCondition<JavaClass>("use another feature's ui package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            String targetFeature = feature(target);
                            String edge = item.getName().replaceAll("\\$.*", "") + " -> "
                                    + target.getName().replaceAll("\\$.*", "");
                            if (target.getPackageName().matches("org\\.interlinea\\.[a-z]+\\.ui(\\..*)?")
                                    && !targetFeature.equals(feature(item))
                                    && !SCREENS_SHARED_ACROSS_FEATURES.contains(edge)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    private static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    /** Stores are the @Repository classes: the only place SQL runs (see TableOwnershipTest for whose tables). */
    private static final DescribedPredicate<JavaClass> STORES = DescribedPredicate.describe("stores",
            type -> type.getPackageName().startsWith("org.interlinea.") && type.isAnnotatedWith(Repository.class));

    /** Services are the Spring beans of a feature's own package (not its ui/api/cli), stores excepted. */
    private static final DescribedPredicate<JavaClass> SERVICES = DescribedPredicate.describe("services",
            type -> type.getPackageName().matches("org\\.interlinea\\.[a-z]+")
                    && !type.getPackageName().equals("org.interlinea.shell")
                    && (type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Component.class)));

    @Test
    void layersAreInOrder() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Screens").definedBy("org.interlinea..ui..", "org.interlinea.shell..")
                .layer("Web API").definedBy("org.interlinea..api..")
                .layer("Command line").definedBy("org.interlinea..cli..")
                .layer("Services").definedBy(SERVICES)
                .layer("Stores").definedBy(STORES)
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("Screens")
                .whereLayer("Web API").mayNotBeAccessedByAnyLayer()
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Screens", "Web API", "Command line")
                .whereLayer("Stores").mayOnlyBeAccessedByLayers("Services")
                .check(CLASSES);
    }
}
