package org.lln.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The platform's feature packages (problem, paging, outbox, messaging ...) form no cycle. */
@AnalyzeClasses(packages = "org.lln.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule NO_CYCLES =
            slices().matching("org.lln.platform.(*)..").should().beFreeOfCycles();
}
