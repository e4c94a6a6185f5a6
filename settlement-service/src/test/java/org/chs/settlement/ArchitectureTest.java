package org.chs.settlement;

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

/**
 * The house rules of ARCHITECTURE §4. Three come from {@link PlatformArchitectureRules} as they are; the feature-root rule is
 * restated because the shared one tests the target's class name against {@code <feature>.}, so a feature's own root classes
 * count as "adapters" of each other. Same rule, tested on the target's package (plus Feign's own {@code feign.} types);
 * switch back when the shared rule is fixed.
 */
@AnalyzeClasses(packages = "org.chs.settlement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Set<String> NOT_FEATURES = Set.of("config", "web");
    private static final List<String> ADAPTER_TECHNOLOGY = List.of("org.springframework.web.", "org.springframework.http.",
            "org.springframework.amqp.", "org.springframework.cloud.openfeign.", "jakarta.servlet.", "org.chs.platform.web.", "feign.");

    @ArchTest
    static final ArchRule FEATURE_ROOTS_STAY_FREE_OF_ADAPTERS = classes().that(inFeatureRoot())
            .should(new ArchCondition<>("not depend on their feature's adapter sub-packages or on web/AMQP/Feign types") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String subPackages = item.getPackageName() + ".";
                    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (target.getPackageName().startsWith(subPackages)
                                || ADAPTER_TECHNOLOGY.stream().anyMatch(target.getName()::startsWith)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_FEATURES = PlatformArchitectureRules.NO_CYCLES_BETWEEN_FEATURES;

    @ArchTest
    static final ArchRule CONTROLLERS_NEVER_RETURN_DOCUMENTS = PlatformArchitectureRules.CONTROLLERS_NEVER_RETURN_DOCUMENTS;

    @ArchTest
    static final ArchRule NO_FIELD_INJECTION = PlatformArchitectureRules.NO_FIELD_INJECTION;

    private static DescribedPredicate<JavaClass> inFeatureRoot() {
        return DescribedPredicate.describe("are in a feature's root package (org.chs.settlement.<feature>)", javaClass -> {
            String[] segments = javaClass.getPackageName().split("\\.");
            return segments.length == 4 && !NOT_FEATURES.contains(segments[3]);
        });
    }
}
