package org.chs.gateway;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.chs.testsupport.arch.PlatformArchitectureRules;
import org.reactivestreams.Publisher;

/**
 * The house rules that apply to the reactive gateway. It has no features, documents or request bodies of its own, so of
 * the services' rules it takes those about its package structure, wiring and settings names, and adds two of a WebFlux
 * application.
 */
@AnalyzeClasses(packages = "org.chs.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The gateway's packages (problem, requestid, ratelimit, limits, …) do not depend on each other in a cycle. */
    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = PlatformArchitectureRules.NO_CYCLES_BETWEEN_FEATURES;

    @ArchTest
    static final ArchRule NO_FIELD_INJECTION = PlatformArchitectureRules.NO_FIELD_INJECTION;

    @ArchTest
    static final ArchRule CONFIGURATION_PROPERTIES_ARE_NAMED_PROPERTIES =
            PlatformArchitectureRules.CONFIGURATION_PROPERTIES_ARE_NAMED_PROPERTIES;

    /** Netty and WebFlux, never the servlet stack: a servlet type has no container here to run in. */
    @ArchTest
    static final ArchRule NO_SERVLET_STACK = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..", "org.chs.platform.web..")
            .because("the gateway is a WebFlux application; platform-web holds the servlet services' conventions");

    /** Every request shares a few event-loop threads; blocking one on a publisher stalls all the requests it serves. */
    @ArchTest
    static final ArchRule NEVER_BLOCKS_ON_A_PUBLISHER = noClasses().should()
            .callMethodWhere(target(nameMatching("block|blockFirst|blockLast|blockOptional|toIterable|toStream"))
                    .and(target(owner(assignableTo(Publisher.class)))))
            .because("the gateway runs on Netty's event loop");
}
