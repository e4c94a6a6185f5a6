package org.chs.registry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

import org.chs.registry.area.AreaService;
import org.chs.registry.area.RegisterArea;
import org.chs.registry.catalogue.CatalogueService;
import org.chs.registry.declaration.AwardLevel;
import org.chs.registry.declaration.DeclarationService;
import org.chs.registry.declaration.DemonstrationCategory;
import org.chs.registry.declaration.NominationGroup;
import org.chs.registry.declaration.OpenBatch;
import org.chs.registry.demo.DemoSeeds.AreaSeed;
import org.chs.registry.demo.DemoSeeds.CatalogueSeed;
import org.chs.registry.demo.DemoSeeds.CountySeed;
import org.chs.registry.demo.DemoSeeds.PointSeed;
import org.chs.registry.servicepoint.Facilities;
import org.chs.registry.servicepoint.RegisterServicePoint;
import org.chs.registry.servicepoint.ServicePointService;
import org.chs.registry.shared.AlreadyExistsException;
import org.chs.registry.shared.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * 演示数据 — loads the DEMO county (淳安县, its townships and sample villages, the service points with the fixed ids the Keycloak
 * realm's users and clients carry), the demo service-item catalogue, and the first declaration batch, when
 * {@code chs.demo-data.enabled} ({@code CHS_DEMO_DATA=true}).
 *
 * <p>Idempotent: every record is added only when its id is absent, so a second start, or two instances starting together,
 * change nothing. Records go through the application services, so the seeded points and catalogue publish their events like
 * any other.
 */
@Component
@ConditionalOnProperty(name = "chs.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String COUNTY = "330127";
    static final String FIRST_BATCH_ID = "batch-chunan-county-1";
    private static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AreaService areas;
    private final ServicePointService points;
    private final CatalogueService catalogue;
    private final DeclarationService declarations;
    private final JsonMapper json;
    private final Clock clock;

    DemoDataLoader(AreaService areas, ServicePointService points, CatalogueService catalogue, DeclarationService declarations,
                   JsonMapper json, Clock clock) {
        this.areas = areas;
        this.points = points;
        this.catalogue = catalogue;
        this.declarations = declarations;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean seeded = catalogue.seedIfEmpty(read("demo/catalogue.json", CatalogueSeed.class).entries(),
                "DEMO DATA: national main items with plausible sub-items", ACTOR);
        CountySeed county = read("demo/chunan-county.json", CountySeed.class);
        int newAreas = 0;
        for (AreaSeed area : county.areas()) {
            if (areas.find(area.code()).isEmpty() && added(() -> areas.register(new RegisterArea(area.code(), area.name(), area.level(),
                    area.parentCode(), area.population(), new GeoPoint(area.latitude(), area.longitude()), area.urbanKeyArea())))) {
                newAreas++;
            }
        }
        int newPoints = 0;
        for (PointSeed p : county.servicePoints()) {
            if (points.find(p.id()).isEmpty() && added(() -> points.register(new RegisterServicePoint(p.id(), p.type(), p.areaCode(),
                    p.name(), p.address(), new GeoPoint(p.latitude(), p.longitude()), p.partner(),
                    new Facilities(p.floorAreaSquareMetres(), p.staffCount(), p.selfServiceMachines(), p.zones(), p.openingHours())),
                    ACTOR))) {
                newPoints++;
            }
        }
        boolean newBatch = declarations.findBatch(FIRST_BATCH_ID).isEmpty() && added(() -> declarations.openBatch(firstBatch()));
        log.info("Demo data (淳安县, DEMO): catalogue {}, {} new areas, {} new service points, first batch {}",
                seeded ? "seeded as version 1" : "already present", newAreas, newPoints, newBatch ? "opened" : "already present");
    }

    /**
     * The source's first county batch (DOMAIN §4.1): 2 township, 2 village/community and 2 hospital sites, 1 grassroots + 1 DMI
     * nominated to the city. Its dates are the source's (15 May, 30 June, 30 September) in the current year, moved later when the
     * demo starts after them, so that the demo batch is open for declarations.
     */
    OpenBatch firstBatch() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeclarationService.AGENCY_ZONE);
        int year = today.getYear();
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        LocalDate declaration = latest(MonthDay.of(5, 15).atYear(year), min(today.plusDays(30), endOfYear));
        LocalDate construction = latest(MonthDay.of(6, 30).atYear(year), declaration);
        LocalDate decision = latest(MonthDay.of(9, 30).atYear(year), construction);
        return new OpenBatch(FIRST_BATCH_ID, year, AwardLevel.COUNTY, "淳安县医保经办服务示范点第一批 (DEMO DATA)", COUNTY,
                Map.of(DemonstrationCategory.GRASSROOTS_TOWNSHIP, 2, DemonstrationCategory.GRASSROOTS_VILLAGE, 2,
                        DemonstrationCategory.MEDICAL_INSTITUTION, 2),
                Map.of(NominationGroup.GRASSROOTS, 1, NominationGroup.MEDICAL_INSTITUTION, 1), declaration, construction, decision);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Runs a create; another instance creating the same record first is not an error. */
    private static boolean added(Runnable create) {
        try {
            create.run();
            return true;
        } catch (AlreadyExistsException raced) {
            return false;
        }
    }

    private <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo data " + path, e);
        }
    }
}
