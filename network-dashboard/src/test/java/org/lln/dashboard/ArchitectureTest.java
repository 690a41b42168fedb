package org.lln.dashboard;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lln.testsupport.Architecture;

/**
 * The dashboard's packages depend one way: {@code api} (resources) and {@code messaging} (the consumer)
 * use {@code network} (the aggregates), which builds the {@code representation} records; plain JUnit.
 */
@AnalyzeClasses(packages = "org.lln.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("api")
            .definedBy("org.lln.dashboard.api..")
            .layer("messaging")
            .definedBy("org.lln.dashboard.messaging..")
            .layer("network")
            .definedBy("org.lln.dashboard.network..")
            .layer("representation")
            .definedBy("org.lln.dashboard.representation..")
            .whereLayer("api")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("messaging")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("network")
            .mayOnlyBeAccessedByLayers("api", "messaging")
            .whereLayer("representation")
            .mayOnlyBeAccessedByLayers("api", "network");

    @ArchTest
    static final ArchRule NO_CYCLES = Architecture.noCycles("org.lln.dashboard");
}
