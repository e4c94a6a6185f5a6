package org.chs.testsupport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The house rules of ARCHITECTURE §4 as ArchUnit rules, shared by every service's {@code ArchitectureTest}. A service's base
 * package holds the application class, {@code config}, {@code web} (the exception handler) and one package per feature.
 */
public final class PlatformArchitectureRules {

    /** Service-level packages that are not features. */
    private static final Set<String> NOT_FEATURES = Set.of("config", "web");

    /** Technology a feature's root (its aggregate, service, repository and ports) must not touch. */
    private static final List<String> ADAPTER_TECHNOLOGY = List.of("org.springframework.web.", "org.springframework.http.",
            "org.springframework.amqp.", "org.springframework.cloud.openfeign.", "jakarta.servlet.", "org.chs.platform.web.");

    private PlatformArchitectureRules() {
    }

    /** The service's production classes. */
    public static JavaClasses importService(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(basePackage);
    }

    /** A feature's root package never imports its own web, messaging or adapter sub-packages, nor web/AMQP/Feign types. */
    public static ArchRule featureRootsStayFreeOfAdapters(String basePackage) {
        return classes().that(inFeatureRoot(basePackage))
                .should(new ArchCondition<>("not depend on their feature's adapter packages or on web/AMQP/Feign types") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String adapters = item.getPackageName() + ".";
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getName();
                            boolean ownAdapter = target.startsWith(adapters);
                            boolean technology = ADAPTER_TECHNOLOGY.stream().anyMatch(target::startsWith);
                            if (ownAdapter || technology) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** Features do not depend on each other in a cycle. */
    public static ArchRule noCyclesBetweenFeatures(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** Controllers answer with response records, never with a persisted {@code @Document}. */
    public static ArchRule controllersNeverReturnDocuments(String basePackage) {
        return methods().that().areDeclaredInClassesThat().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .and().arePublic()
                .should(new ArchCondition<>("not return a MongoDB @Document, directly or inside a generic type") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getReturnType().getAllInvolvedRawTypes().stream()
                                .filter(type -> type.isAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document"))
                                .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " returns document " + type.getName())));
                    }
                })
                .allowEmptyShould(true);
    }

    /** Constructor injection only: no field injection anywhere. */
    public static ArchRule noFieldInjection(String basePackage) {
        return com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.allowEmptyShould(true);
    }

    /** Every rule, for one call from a service's test. */
    public static List<ArchRule> all(String basePackage) {
        return List.of(featureRootsStayFreeOfAdapters(basePackage), noCyclesBetweenFeatures(basePackage),
                controllersNeverReturnDocuments(basePackage), noFieldInjection(basePackage));
    }

    private static DescribedPredicate<JavaClass> inFeatureRoot(String basePackage) {
        return DescribedPredicate.describe("are in a feature's root package of " + basePackage, javaClass -> {
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith(basePackage + ".")) {
                return false;
            }
            String rest = pkg.substring(basePackage.length() + 1);
            return !rest.contains(".") && !NOT_FEATURES.contains(rest);
        });
    }
}
