package org.lexgap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the code follows: entities know nothing of the work, the work knows nothing of HTTP. */
@AnalyzeClasses(packages = "org.lexgap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule entitiesDependOnNoControlOrBoundary = noClasses()
            .that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..", "..cli..");

    @ArchTest
    static final ArchRule controlDoesNotDependOnBoundary = noClasses()
            .that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..cli..");

    @ArchTest
    static final ArchRule nothingButTheCommandLineUsesIt = noClasses()
            .that().resideOutsideOfPackage("org.lexgap.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.lexgap.cli..");

    @ArchTest
    static final ArchRule httpStaysInBoundaryAndApi = noClasses()
            .that().resideInAnyPackage("..entity..", "..control..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    /** Components (the top-level packages of org.lexgap) may lean on each other, but never in a circle. */
    @ArchTest
    static final ArchRule noCyclesBetweenComponents = slices()
            .matching("org.lexgap.(*)..")
            .should().beFreeOfCycles();
}
