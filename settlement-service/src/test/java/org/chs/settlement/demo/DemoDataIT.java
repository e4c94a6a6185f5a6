package org.chs.settlement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.chs.settlement.catalogue.CatalogueService;
import org.chs.settlement.catalogue.ItemClass;
import org.chs.settlement.institution.InstitutionDirectory;
import org.chs.settlement.institution.LevelPeriod;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.policy.BenefitPolicy;
import org.chs.settlement.policy.PolicyService;
import org.chs.settlement.policy.Scheme;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.TestPropertySource;

@PlatformServiceTest
@TestPropertySource(properties = "chs.demo-data.enabled=true")
class DemoDataIT {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    PolicyService policies;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    InstitutionDirectory institutions;
    @Autowired
    Clock clock;

    @Test
    void shouldLoadPoliciesAndTheChunanCatalogueWhenDemoDataIsOn() {
        int year = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();

        for (String region : DemoDataLoader.INSURED_REGIONS) {
            for (Scheme scheme : Scheme.values()) {
                assertThat(policies.find(region, scheme, year)).as("%s %s %d", region, scheme, year).isPresent();
                assertThat(policies.find(region, scheme, year + 1)).isPresent();
            }
        }
        assertThat(catalogue.list(DemoDataLoader.TREATMENT_REGION, 0, 50).getContent()).hasSize(7);
        assertThat(catalogue.get(DemoDataLoader.TREATMENT_REGION, "B10").entry().itemClass()).isEqualTo(ItemClass.CLASS_B);
        assertThat(institutions.require("inst-chunan-first-peoples").levelOn(LocalDate.parse("2019-12-31"))).contains(HospitalLevel.LEVEL_2);
        assertThat(institutions.require("inst-chunan-first-peoples").levelOn(LocalDate.parse("2026-05-01"))).contains(HospitalLevel.LEVEL_3);
        assertThat(institutions.require("inst-chunan-tcm").levelOn(LocalDate.parse("2026-05-01"))).contains(HospitalLevel.LEVEL_2);
    }

    @Test
    void shouldLeaveALevelHistoryAnAdministratorRecordedWhenLoadedAgain() throws Exception {
        List<LevelPeriod> regraded = List.of(new LevelPeriod(HospitalLevel.LEVEL_1, LocalDate.parse("2001-01-01")));
        institutions.grade("inst-chunan-tcm", regraded, "admin");
        try {
            loader.run(new DefaultApplicationArguments());

            assertThat(institutions.require("inst-chunan-tcm").levels()).isEqualTo(regraded);
        } finally {
            institutions.grade("inst-chunan-tcm", DemoDataLoader.HOSPITAL_LEVELS.get("inst-chunan-tcm"), "demo-data");
        }
    }

    @Test
    void shouldChangeNothingWhenLoadedAgain() throws Exception {
        int year = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        BenefitPolicy before = policies.get("330106", Scheme.EMPLOYEE, year);

        loader.run(new DefaultApplicationArguments());

        assertThat(policies.get("330106", Scheme.EMPLOYEE, year).version()).isEqualTo(before.version());
        assertThat(catalogue.list(DemoDataLoader.TREATMENT_REGION, 0, 50).getContent()).hasSize(7);
    }
}
