package org.chs.enrollment.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bson.Document;
import org.chs.enrollment.handling.web.HandlingInput;
import org.chs.enrollment.personaldata.IdNumberFixtures;
import org.chs.enrollment.support.EnrollmentIT;
import org.chs.platform.web.DocumentedRoles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The scope matrix of enrollment: every operation that acts for a service point — a request body with a {@link HandlingInput}
 * (the handling's point, which must be the caller's own) or a {@code servicePointId} query parameter — is found in the
 * controllers' mappings, and called by each point-bound role it admits (from its {@code @PreAuthorize}: a counter clerk, a bank,
 * a hospital) naming another point: 403 {@code service-point-scope}, nothing stored. Naming its own point, the same caller
 * succeeds, which shows the request was good and the refusal is the scope's.
 *
 * <p>A new operation of that kind fails {@link #shouldHaveARequestForEveryOperationThatActsForAPoint} until {@link #REQUESTS}
 * says how to call it; persons themselves are not scoped (通收通办: any point serves any insured person).
 */
class ScopeMatrixIT extends EnrollmentIT {

    static final String VILLAGE = "sp-fenkou-village";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** What a request is made from: a fresh person enrolled at the county hall, and the handling part naming a point. */
    record Subject(String personId, String qualificationId, String handling) {
    }

    /** A call: method, path and body (null for a GET, whose point goes in the query). */
    record Call(String method, String path, String body) {
    }

    /** How to call each operation that acts for a point, by "METHOD pattern". */
    static final Map<String, Function<Subject, Call>> REQUESTS = Map.ofEntries(
            Map.entry("POST /api/enrollment/persons", s -> post("/api/enrollment/persons",
                    residentEnrolment(newAdultIdNumber(), s.handling()))),
            Map.entry("POST /api/enrollment/newborns", s -> post("/api/enrollment/newborns", """
                    {"parentPersonId":"%s","idNumber":"%s","name":"王小宝","handling":%s}"""
                    .formatted(s.personId(), newbornIdNumber(), s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/information-changes", s -> post(person(s, "information-changes"),
                    "{\"name\":\"王芳芳\",\"handling\":%s}".formatted(s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/status-changes", s -> post(person(s, "status-changes"),
                    "{\"status\":\"SUSPENDED\",\"reason\":\"外出务工\",\"handling\":%s}".formatted(s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/transfers-out", s -> post(person(s, "transfers-out"),
                    "{\"destinationRegion\":\"310101\",\"reason\":\"迁居上海\",\"handling\":%s}".formatted(s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/contributions", s -> post(person(s, "contributions"),
                    "{\"year\":%d,\"amount\":380.00,\"receiptNumber\":\"%s\",\"handling\":%s}"
                            .formatted(LocalDate.now().getYear(), uniqueReceipt(), s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/qualifications", s -> post(person(s, "qualifications"),
                    qualification(s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/qualifications/{qualificationId}/revocation", s -> post(
                    person(s, "qualifications/" + s.qualificationId() + "/revocation"),
                    "{\"reason\":\"复查不符\",\"handling\":%s}".formatted(s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/enrolment-queries", s -> post(person(s, "enrolment-queries"),
                    "{\"handling\":%s}".formatted(s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/rights-records", s -> post(person(s, "rights-records"),
                    "{\"handling\":%s}".formatted(s.handling()))),
            Map.entry("POST /api/enrollment/persons/{personId}/certificates", s -> post(person(s, "certificates"),
                    "{\"handling\":%s}".formatted(s.handling()))),
            Map.entry("GET /api/enrollment/handlings", s -> new Call("GET", "/api/enrollment/handlings?servicePointId=%s"
                    .formatted(s.handling()), null)));

    /** A point-bound caller: its role, token, own point, and the point it names when it should be refused. */
    record BoundCaller(String role, String token, String own, String foreign) {
    }

    private List<BoundCaller> boundCallers() {
        return List.of(new BoundCaller("counter-clerk", clerk, COUNTY_HALL, VILLAGE),
                new BoundCaller("bank-operator", bank, BANK_POINT, COUNTY_HALL),
                new BoundCaller("hospital-operator", hospital, HOSPITAL_POINT, COUNTY_HALL));
    }

    /** Every enrollment operation that acts for a point, by "METHOD pattern", with its handler. */
    private Map<String, HandlerMethod> operationsActingForAPoint() {
        Map<String, HandlerMethod> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            boolean forAPoint = Stream.of(handler.getMethodParameters()).anyMatch(ScopeMatrixIT::namesAPoint);
            if (!forAPoint) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                mapping.getKey().getMethodsCondition().getMethods().forEach(method -> found.put(method + " " + pattern, handler));
            }
        }
        return found;
    }

    private static boolean namesAPoint(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && "servicePointId".equals(query.value().isEmpty() ? query.name().isEmpty()
                ? parameter.getParameterName() : query.name() : query.value())) {
            return true;
        }
        Class<?> body = parameter.getParameterType();
        return parameter.hasParameterAnnotation(RequestBody.class) && body.isRecord()
                && Stream.of(body.getRecordComponents()).map(RecordComponent::getType).anyMatch(HandlingInput.class::equals);
    }

    @Test
    void shouldHaveARequestForEveryOperationThatActsForAPoint() {
        Map<String, HandlerMethod> operations = operationsActingForAPoint();

        assertThat(operations.keySet()).as("operations acting for a point without a request in REQUESTS, or rows for none")
                .containsExactlyInAnyOrderElementsOf(REQUESTS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseEveryPointBoundCallerNamingAnotherPointAndStoreNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        operationsActingForAPoint().forEach((operation, handler) -> {
            List<String> admitted = DocumentedRoles.of(handler).orElseThrow(() -> new AssertionError(operation
                    + " acts for a point but has no plain @PreAuthorize role list"));
            for (BoundCaller caller : boundCallers()) {
                if (!admitted.contains(caller.role())) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(operation + " as " + caller.role(), () -> check(operation, caller)));
            }
        });
        assertThat(tests).as("operations × point-bound roles").hasSizeGreaterThan(REQUESTS.size());
        return tests.stream();
    }

    private void check(String operation, BoundCaller caller) {
        Function<Subject, Call> request = REQUESTS.get(operation);
        String personId = enrolResidentAtCounter(newAdultIdNumber());
        String qualificationId = operation.contains("{qualificationId}") ? grantQualification(personId) : "none";
        Call foreign = request.apply(new Subject(personId, qualificationId, handling(caller.foreign(), operation, caller.role())));
        Document before = personDocument(personId);
        long persons = mongo.getCollection("persons").countDocuments();

        HttpResponse<String> refused = send(foreign, caller.token());

        assertThat(refused.statusCode()).as("%s as %s naming %s: %s", operation, caller.role(), caller.foreign(), refused.body())
                .isEqualTo(403);
        assertThat(json(refused).path("type").asString()).endsWith("/service-point-scope");
        assertThat(personDocument(personId)).as("the person is unchanged").isEqualTo(before);
        assertThat(mongo.getCollection("persons").countDocuments()).as("nobody was enrolled").isEqualTo(persons);

        Call own = request.apply(new Subject(personId, qualificationId, handling(caller.own(), operation, caller.role())));
        HttpResponse<String> done = send(own, caller.token());
        assertThat(done.statusCode()).as("%s as %s naming its own point %s: %s", operation, caller.role(), caller.own(), done.body())
                .isBetween(200, 299);
    }

    private HttpResponse<String> send(Call call, String token) {
        return call.body() == null ? fetch(call.path(), token)
                : post(call.path(), token, call.body(), Map.of("Idempotency-Key", "scope-" + UUID.randomUUID()));
    }

    /**
     * The person as stored, without what the outbox relay changes on its own schedule (the outbox entries it marks published
     * and the version that write bumps): what a refused request must not touch.
     */
    private Document personDocument(String personId) {
        Document document = Optional.ofNullable(mongo.getCollection("persons").find(new Document("_id", personId)).first())
                .orElseThrow();
        document.remove("outbox");
        document.remove("version");
        return document;
    }

    private String grantQualification(String personId) {
        HttpResponse<String> granted = post("/api/enrollment/persons/" + personId + "/qualifications", clerk,
                qualification(counterHandling()));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        return json(granted).path("result").path("qualificationId").asString();
    }

    /** The handling part naming a point (for a GET, just the point, which goes in the query); queue times at a counter only. */
    private static String handling(String point, String operation, String role) {
        if (operation.startsWith("GET ")) {
            return point;
        }
        if (!"counter-clerk".equals(role)) {
            return "{\"servicePointId\":\"%s\"}".formatted(point);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "{\"servicePointId\":\"%s\",\"queuedAt\":\"%s\",\"startedAt\":\"%s\"}".formatted(point, now.minusSeconds(600),
                now.minusSeconds(120));
    }

    private static String qualification(String handling) {
        return """
                {"diseaseCode":"I10","evidenceReference":"病历 2026-001","validFrom":"%s","validTo":"%s","handling":%s}"""
                .formatted(LocalDate.now().minusDays(1), LocalDate.now().plusYears(1), handling);
    }

    private static Call post(String path, String body) {
        return new Call("POST", path, body);
    }

    private static String person(Subject subject, String rest) {
        return "/api/enrollment/persons/" + subject.personId() + "/" + rest;
    }

    /** A baby's ID number: born in the last 60 days, so that ENR-03 applies. */
    private static String newbornIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return IdNumberFixtures.valid("330127", LocalDate.now().minusDays(random.nextInt(1, 60)), random.nextInt(1, 1000));
    }
}
