package org.chs.settlement;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import org.chs.testsupport.arch.PlatformArchitectureRules;

/** The house rules of ARCHITECTURE §4, shared by every service. */
@AnalyzeClasses(packages = "org.chs.settlement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(PlatformArchitectureRules.class);
}
