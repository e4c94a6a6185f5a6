package org.chs.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.chs.testsupport.arch.PlatformArchitectureRules;

@AnalyzeClasses(packages = "org.chs.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_FEATURES = PlatformArchitectureRules.NO_CYCLES_BETWEEN_FEATURES;

    @ArchTest
    static final ArchRule CONTROLLERS_NEVER_RETURN_DOCUMENTS = PlatformArchitectureRules.CONTROLLERS_NEVER_RETURN_DOCUMENTS;

    @ArchTest
    static final ArchRule NO_FIELD_INJECTION = PlatformArchitectureRules.NO_FIELD_INJECTION;

    private static final List<String> ADAPTER_TECHNOLOGY = List.of("org.springframework.web.", "org.springframework.http.",
            "org.springframework.amqp.", "org.springframework.cloud.openfeign.", "jakarta.servlet.", "org.chs.platform.web.");

    /**
     * The shared {@code FEATURE_ROOTS_STAY_FREE_OF_ADAPTERS}, with the own-adapter check on the target's package: the shared rule
     * compares the target's class name with {@code <feature package>.}, which every class of the feature root itself matches, so
     * it flags a root that uses its own aggregate. Reported to the platform-test-support owner; drop this copy once fixed there.
     */
    @ArchTest
    static final ArchRule FEATURE_ROOTS_STAY_FREE_OF_ADAPTERS = classes().that(inFeatureRoot())
            .should(new ArchCondition<>("not depend on their feature's adapter packages or on web/AMQP/Feign types") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String adapters = item.getPackageName() + ".";
                    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (target.getPackageName().startsWith(adapters)
                                || ADAPTER_TECHNOLOGY.stream().anyMatch(target.getName()::startsWith)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    private static DescribedPredicate<JavaClass> inFeatureRoot() {
        Set<String> notFeatures = Set.of("config", "web", "shared");
        return DescribedPredicate.describe("are in a feature's root package (org.chs.evaluation.<feature>)", javaClass -> {
            String[] segments = javaClass.getPackageName().split("\\.");
            return segments.length == 4 && !notFeatures.contains(segments[3]);
        });
    }
}
