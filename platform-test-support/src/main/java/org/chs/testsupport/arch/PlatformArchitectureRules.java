package org.chs.testsupport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The house rules of ARCHITECTURE §4 as ArchUnit rules, shared by every service. A service lives in {@code org.chs.<service>}
 * and holds the application class, {@code config}, {@code web} (the exception handler) and one package per feature. Use from a
 * service as:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.chs.enrollment", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests HOUSE_RULES = ArchTests.in(PlatformArchitectureRules.class);
 * }
 * }</pre>
 */
public final class PlatformArchitectureRules {

    /** Service-level packages that are not features. */
    private static final Set<String> NOT_FEATURES = Set.of("config", "web");

    /** Technology a feature's root (its aggregate, service, repository and ports) must not touch. */
    private static final List<String> ADAPTER_TECHNOLOGY = List.of("org.springframework.web.", "org.springframework.http.",
            "org.springframework.amqp.", "org.springframework.cloud.openfeign.", "jakarta.servlet.", "org.chs.platform.web.", "feign.");

    /** A feature's root package never imports its own web, messaging or adapter sub-packages, nor web/AMQP/Feign types. */
    @ArchTest
    public static final ArchRule FEATURE_ROOTS_STAY_FREE_OF_ADAPTERS = classes().that(inFeatureRoot())
            .should(new ArchCondition<>("not depend on their feature's adapter packages or on web/AMQP/Feign types") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    // Sub-packages of the feature hold its adapters; classes of the root itself use each other freely.
                    String adapterPackages = item.getPackageName() + ".";
                    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (target.getPackageName().startsWith(adapterPackages)
                                || ADAPTER_TECHNOLOGY.stream().anyMatch(target.getName()::startsWith)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .allowEmptyShould(true);

    /** Features (and the service's config) do not depend on each other in a cycle. */
    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_FEATURES = slices().matching("org.chs.(*).(*)..").should().beFreeOfCycles()
            .allowEmptyShould(true);

    /**
     * Request handlers answer with response records, never with a persisted {@code @Document}: not directly, not inside a
     * generic type ({@code ResponseEntity<Doc>}, {@code List<Doc>}, {@code Page<Doc>}) and not in a field of a response
     * record. Handlers are found by their mapping annotation ({@code @GetMapping}, {@code @PostMapping}, …,
     * {@code @RequestMapping}) whatever their visibility: the services' handlers are package-private.
     */
    @ArchTest
    public static final ArchRule CONTROLLERS_NEVER_RETURN_DOCUMENTS = methods().that()
            .areMetaAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
            .should(new ArchCondition<>("not return a MongoDB @Document, directly, inside a generic type or in a response's field") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    ReturnedDocuments.in(method.getReturnType())
                            .forEach(path -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " returns document " + path)));
                }
            })
            .allowEmptyShould(true);

    /**
     * Every string, number and list a client sends in a request body is bounded (issue 11: a 100 KB name or a 9.2e18 score
     * was accepted), so that bad input is a 400, never a stored giant or an overflow. A raw {@code String} or {@code byte[]}
     * body (a CSV import) is bounded by the body-size limit instead.
     */
    @ArchTest
    public static final ArchRule REQUEST_BODIES_ARE_BOUNDED = methods().that().areDeclaredInClassesThat()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should(new ArchCondition<>("take request bodies whose strings, numbers and lists are all bounded") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    for (java.lang.reflect.Parameter parameter : method.reflect().getParameters()) {
                        if (!RequestBodyBounds.annotated(parameter, "org.springframework.web.bind.annotation.RequestBody")
                                || parameter.getType() == String.class || parameter.getType() == byte[].class) {
                            continue;
                        }
                        if (!RequestBodyBounds.annotated(parameter, "jakarta.validation.Valid")
                                && !RequestBodyBounds.annotated(parameter, "org.springframework.validation.annotation.Validated")) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " body "
                                    + parameter.getType().getSimpleName() + ": needs @Valid, or its bounds are never checked"));
                        }
                        RequestBodyBounds.violations(parameter.getAnnotatedType(), parameter.getType().getSimpleName())
                                .forEach(violation -> events.add(SimpleConditionEvent.violated(method, method.getFullName() + " body "
                                        + violation)));
                    }
                }
            })
            .allowEmptyShould(true);

    /**
     * A feature's root stages its own domain events (past tense, no suffix: {@code SettlementCompleted}); only the feature's
     * {@code messaging} adapter maps them to the integration events of {@code platform-contracts} and their exchanges and
     * routing keys (ARCHITECTURE §4). Other contract types, such as a shared hash, stay usable.
     */
    @ArchTest
    public static final ArchRule FEATURE_ROOTS_STAGE_DOMAIN_EVENTS = noClasses().that(inFeatureRoot())
            .should().dependOnClassesThat(DescribedPredicate.describe("are integration events of platform-contracts or their addressing",
                    PlatformArchitectureRules::integrationEventType))
            .because("the feature's messaging/ package maps its domain events to contract records")
            .allowEmptyShould(true);

    /**
     * One name for settings (ARCHITECTURE §4): a type bound with {@code @ConfigurationProperties} ends in {@code Properties}, so
     * configuration is found by its name and a domain type (a policy, a model) is never also a binding of keys.
     */
    @ArchTest
    public static final ArchRule CONFIGURATION_PROPERTIES_ARE_NAMED_PROPERTIES = classes().that()
            .areAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
            .should().haveSimpleNameEndingWith("Properties")
            .allowEmptyShould(true);

    /** Constructor injection only. */
    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.allowEmptyShould(true);

    private PlatformArchitectureRules() {
    }

    private static boolean integrationEventType(JavaClass type) {
        if (!type.getPackageName().equals("org.chs.contracts") && !type.getPackageName().startsWith("org.chs.contracts.")) {
            return false;
        }
        String name = type.getSimpleName();
        return name.endsWith("Event") || name.equals("EventEnvelope") || name.equals("RoutingKeys") || name.equals("Exchanges");
    }

    private static DescribedPredicate<JavaClass> inFeatureRoot() {
        return DescribedPredicate.describe("are in a feature's root package (org.chs.<service>.<feature>)", javaClass -> {
            String[] segments = javaClass.getPackageName().split("\\.");
            return segments.length == 4 && "org".equals(segments[0]) && "chs".equals(segments[1])
                    && !NOT_FEATURES.contains(segments[3]);
        });
    }
}
