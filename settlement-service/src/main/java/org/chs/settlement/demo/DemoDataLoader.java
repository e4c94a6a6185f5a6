package org.chs.settlement.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chs.settlement.catalogue.CatalogueService;
import org.chs.settlement.catalogue.ImportReport;
import org.chs.settlement.institution.InstitutionDirectory;
import org.chs.settlement.institution.LevelPeriod;
import org.chs.settlement.policy.DefinePolicy;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.policy.PolicyService;
import org.chs.settlement.policy.Scheme;
import org.chs.settlement.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 演示数据 — DEMO insured-region policies (参保地政策), a DEMO treatment-region catalogue (就医地目录) for Chun'an (330127),
 * where the demo hospitals are, and the demo hospitals' levels in the institution register, loaded when
 * {@code chs.demo-data.enabled} ({@code CHS_DEMO_DATA=true}) so that a hospital's developers can settle a bill on a fresh local
 * stack. The numbers and levels are plausible, not any region's real policy or any hospital's real grading.
 *
 * <p>Idempotent: a policy is defined only when none exists for its region, scheme and year, the catalogue is imported only
 * into a region that has none, and an institution is graded only when it has no levels, so a second start, or an
 * administrator's later edits, are left alone.
 */
@Component
@ConditionalOnProperty(name = "chs.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    /** Chun'an, the treatment region of the demo hospitals, and two insured regions whose people are treated there. */
    static final String TREATMENT_REGION = "330127";
    static final List<String> INSURED_REGIONS = List.of("330127", "330106", "310101");
    /** The demo hospitals' level histories (DEMO): 淳安县第一人民医院 second-level, third-level since 2020; 淳安县中医院 second-level. */
    static final Map<String, List<LevelPeriod>> HOSPITAL_LEVELS = Map.of(
            "inst-chunan-first-peoples", List.of(new LevelPeriod(HospitalLevel.LEVEL_2, LocalDate.of(2000, 1, 1)),
                    new LevelPeriod(HospitalLevel.LEVEL_3, LocalDate.of(2020, 1, 1))),
            "inst-chunan-tcm", List.of(new LevelPeriod(HospitalLevel.LEVEL_2, LocalDate.of(2000, 1, 1))));
    private static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final PolicyService policies;
    private final CatalogueService catalogue;
    private final InstitutionDirectory institutions;
    private final Clock clock;

    DemoDataLoader(PolicyService policies, CatalogueService catalogue, InstitutionDirectory institutions, Clock clock) {
        this.policies = policies;
        this.catalogue = catalogue;
        this.institutions = institutions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int year = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        int defined = 0;
        for (String region : INSURED_REGIONS) {
            for (Scheme scheme : Scheme.values()) {
                for (int y = year; y <= year + 1; y++) {
                    if (policies.find(region, scheme, y).isEmpty() && define(policy(region, scheme, y))) {
                        defined++;
                    }
                }
            }
        }
        String imported = "already present";
        if (!catalogue.exists(TREATMENT_REGION)) {
            try (Reader csv = new InputStreamReader(new ClassPathResource("demo/treatment-catalogue-330127.csv").getInputStream(),
                    StandardCharsets.UTF_8)) {
                ImportReport report = catalogue.importCsv(TREATMENT_REGION, csv, ACTOR);
                imported = report.accepted() + " items imported";
            }
        }
        int graded = 0;
        for (Map.Entry<String, List<LevelPeriod>> hospital : new TreeMap<>(HOSPITAL_LEVELS).entrySet()) {
            if (institutions.gradeIfUngraded(hospital.getKey(), hospital.getValue(), ACTOR)) {
                graded++;
            }
        }
        log.info("Demo data (DEMO, not real policies): {} insured-region policies defined, treatment-region catalogue {} {}, "
                + "{} hospitals graded", defined, TREATMENT_REGION, imported, graded);
    }

    private boolean define(DefinePolicy command) {
        try {
            policies.define(command);
            return true;
        } catch (ConflictException e) {
            // Another instance defined it at the same moment; the first one wins.
            return false;
        }
    }

    /** Employees get lower deductibles and higher ratios than residents, as is usual; reductions follow DOMAIN Appendix C. */
    static DefinePolicy policy(String region, Scheme scheme, int year) {
        boolean employee = scheme == Scheme.EMPLOYEE;
        Map<HospitalLevel, BigDecimal> deductibles = employee
                ? Map.of(HospitalLevel.LEVEL_1, new BigDecimal("300.00"), HospitalLevel.LEVEL_2, new BigDecimal("600.00"),
                        HospitalLevel.LEVEL_3, new BigDecimal("900.00"))
                : Map.of(HospitalLevel.LEVEL_1, new BigDecimal("400.00"), HospitalLevel.LEVEL_2, new BigDecimal("800.00"),
                        HospitalLevel.LEVEL_3, new BigDecimal("1200.00"));
        Map<HospitalLevel, BigDecimal> ratios = employee
                ? Map.of(HospitalLevel.LEVEL_1, new BigDecimal("0.90"), HospitalLevel.LEVEL_2, new BigDecimal("0.85"),
                        HospitalLevel.LEVEL_3, new BigDecimal("0.80"))
                : Map.of(HospitalLevel.LEVEL_1, new BigDecimal("0.80"), HospitalLevel.LEVEL_2, new BigDecimal("0.70"),
                        HospitalLevel.LEVEL_3, new BigDecimal("0.60"));
        BigDecimal cap = employee ? new BigDecimal("400000.00") : new BigDecimal("300000.00");
        return new DefinePolicy(region, scheme, year, deductibles, ratios, cap, new BigDecimal("10"), new BigDecimal("15"), null, ACTOR);
    }
}
