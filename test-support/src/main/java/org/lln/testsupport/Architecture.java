package org.lln.testsupport;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules every service keeps, checked by ArchUnit: {@code api} (the JAX-RS resources) calls
 * {@code service} (rules and transactions), which uses {@code persistence} (repositories); both speak
 * the {@code representation} records (request and response bodies), and everything may use
 * {@code domain} (entities and values). Nothing points back up, so the domain never sees a request
 * record, and no two packages depend on each other.
 */
public final class Architecture {

    private Architecture() {}

    /**
     * @param root a service's root package, e.g. {@code org.lln.partners}
     * @return the layer rule: api, then service, then persistence; representation and domain below them
     */
    public static ArchRule layers(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy(root + ".api..")
                .layer("service")
                .definedBy(root + ".service..")
                .layer("representation")
                .definedBy(root + ".representation..")
                .layer("persistence")
                .definedBy(root + ".persistence..")
                .layer("domain")
                .definedBy(root + ".domain..")
                .whereLayer("api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("api")
                .whereLayer("representation")
                .mayOnlyBeAccessedByLayers("api", "service")
                .whereLayer("persistence")
                .mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("api", "service", "representation", "persistence");
    }

    /**
     * @param root a root package, e.g. {@code org.lln.platform}
     * @return the rule that its direct sub-packages form no cycle
     */
    public static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}
