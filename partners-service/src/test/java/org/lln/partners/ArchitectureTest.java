package org.lln.partners;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lln.testsupport.Architecture;

/** The service's packages depend one way only (see {@link Architecture}); plain JUnit, no Quarkus. */
@AnalyzeClasses(packages = "org.lln.partners", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule LAYERS = Architecture.layers("org.lln.partners");

    @ArchTest
    static final ArchRule NO_CYCLES = Architecture.noCycles("org.lln.partners");
}
