package org.chs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chs.evaluation.EvaluationFixtures.clauses;
import static org.chs.evaluation.EvaluationFixtures.met;
import static org.chs.evaluation.EvaluationFixtures.open;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.chs.platform.web.DocumentedRoles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The scope matrix of evaluation, found in the controllers' mappings:
 * <ul>
 * <li>every operation a counter clerk may call that names a point or a handling ({@code servicePointId}, {@code handlingId}):
 * a clerk of another point is refused (403) and nothing changes; the point's own clerk succeeds;</li>
 * <li>every operation a site evaluator may call on one evaluation ({@code /evaluations/{id}…}): an evaluator who is not assigned
 * is refused (403) and nothing changes; the assigned one succeeds (a scorecard of the open evaluation: gets past the scope to
 * 409 {@code evaluation-not-finalized}).</li>
 * </ul>
 * A new operation of either kind fails {@link #shouldHaveARequestForEveryScopedOperation} until {@link #REQUESTS} says how to
 * call it.
 */
class ScopeMatrixIT extends EvaluationItSupport {

    private static final Instant T = Instant.parse("2026-05-15T02:00:00Z");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** What a request acts on: a point with a bad review and its open rectification, and an evaluation of that point. */
    record Subject(String point, String handlingId, String evaluationId) {
    }

    /** A call: method, path and body (null without one). */
    record Call(String method, String path, Object body) {
    }

    static final Map<String, Function<Subject, Call>> REQUESTS = Map.of(
            "GET /api/evaluation/kpis/service-points/{servicePointId}", s -> get("/api/evaluation/kpis/service-points/" + s.point()
                    + "?from=2026-05-01&to=2026-05-31"),
            "GET /api/evaluation/reviews", s -> get("/api/evaluation/reviews?servicePointId=" + s.point()),
            "GET /api/evaluation/reviews/{handlingId}", s -> get("/api/evaluation/reviews/" + s.handlingId()),
            "GET /api/evaluation/rectifications", s -> get("/api/evaluation/rectifications?servicePointId=" + s.point()),
            "POST /api/evaluation/rectifications/{handlingId}/answer", s -> new Call("POST",
                    "/api/evaluation/rectifications/" + s.handlingId() + "/answer", Map.of("answer", "已对窗口人员开展服务规范培训")),
            "GET /api/evaluation/evaluations/{id}", s -> get("/api/evaluation/evaluations/" + s.evaluationId()),
            "PUT /api/evaluation/evaluations/{id}/findings/{itemCode}", s -> new Call("PUT",
                    "/api/evaluation/evaluations/" + s.evaluationId() + "/findings/G1", met(clauses(2))),
            "GET /api/evaluation/evaluations/{id}/scorecard", s -> get("/api/evaluation/evaluations/" + s.evaluationId() + "/scorecard"),
            "GET /api/evaluation/evaluations/{id}/scorecard.csv", s -> get("/api/evaluation/evaluations/" + s.evaluationId()
                    + "/scorecard.csv"),
            "GET /api/evaluation/evaluations/{id}/scorecard.pdf", s -> get("/api/evaluation/evaluations/" + s.evaluationId()
                    + "/scorecard.pdf"));

    /** Whose scope an operation is in: a point's (its clerks) or an evaluation's (its assigned evaluators). */
    enum Kind { POINT, EVALUATION }

    /** Every scoped operation, by "METHOD pattern". */
    private Map<String, Kind> scopedOperations() {
        Map<String, Kind> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            List<String> roles = DocumentedRoles.of(handler).orElse(List.of());
            Set<String> names = new java.util.HashSet<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                names.add(name(parameter));
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                Kind kind = null;
                if (roles.contains("counter-clerk") && (names.contains("servicePointId") || names.contains("handlingId"))) {
                    kind = Kind.POINT;
                } else if (roles.contains("site-evaluator") && pattern.startsWith("/api/evaluation/evaluations/{id}")) {
                    kind = Kind.EVALUATION;
                }
                if (kind != null) {
                    Kind found1 = kind;
                    mapping.getKey().getMethodsCondition().getMethods().forEach(method -> found.put(method + " " + pattern, found1));
                }
            }
        }
        return found;
    }

    private static String name(MethodParameter parameter) {
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        String declared = path != null ? (path.value().isEmpty() ? path.name() : path.value())
                : query != null ? (query.value().isEmpty() ? query.name() : query.value()) : "";
        return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
    }

    @Test
    void shouldHaveARequestForEveryScopedOperation() {
        assertThat(scopedOperations().keySet()).as("scoped operations without a request in REQUESTS, or rows for none")
                .containsExactlyInAnyOrderElementsOf(REQUESTS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseACallerOutsideTheScopeAndLetTheOneInside() {
        List<DynamicTest> tests = new ArrayList<>();
        scopedOperations().forEach((operation, kind) -> tests.add(DynamicTest.dynamicTest(operation, () -> check(operation, kind))));
        return tests.stream();
    }

    private void check(String operation, Kind kind) {
        String point = unique("sp");
        String handlingId = badReviewAt(point);
        String evaluationId = kind == Kind.EVALUATION ? evaluationOf(point, "evaluator-1") : "none";
        Call call = REQUESTS.get(operation).apply(new Subject(point, handlingId, evaluationId));
        String insider = kind == Kind.POINT ? TOKENS.clerk("clerk-" + point, point) : EVALUATOR_1;
        String outsider = kind == Kind.POINT ? TOKENS.clerk("clerk-village", "sp-fenkou-village") : EVALUATOR_2;
        String before = state(kind, handlingId, evaluationId);

        Response refused = send(call.method(), call.path(), outsider, call.body());

        assertThat(refused.status()).as("%s from outside the scope: %s", operation, refused.body()).isEqualTo(403);
        assertThat(refused.json().path("type").asString()).isNotBlank();
        assertThat(state(kind, handlingId, evaluationId)).as("nothing changed").isEqualTo(before);

        Response done = send(call.method(), call.path(), insider, call.body());
        if (operation.contains("/scorecard")) {
            // an open evaluation has no scorecard yet: the insider gets past the scope to that refusal, the outsider did not
            assertThat(done.status()).as("%s from inside the scope: %s", operation, done.body()).isEqualTo(409);
            assertThat(done.json().path("type").asString()).endsWith("/evaluation-not-finalized");
        } else {
            assertThat(done.status()).as("%s from inside the scope: %s", operation, done.body()).isBetween(200, 299);
        }
    }

    /** What a refused call must leave as it was: the review with its rectification, or the evaluation with its findings. */
    private String state(Kind kind, String handlingId, String evaluationId) {
        return kind == Kind.POINT ? get("/api/evaluation/reviews/" + handlingId, ADMIN).body()
                : get("/api/evaluation/evaluations/" + evaluationId, ADMIN).body();
    }

    /** A counter handling at the point with a very dissatisfied review, which opens a rectification. */
    private String badReviewAt(String point) {
        String handlingId = unique("h");
        String token = "tok-" + handlingId;
        publishHandling(handling(handlingId, point, "COUNTER", true, T, T.plusSeconds(300), T.plusSeconds(600), token));
        Map<String, Object> review = Map.of("handlingId", handlingId, "token", token, "level", "VERY_DISSATISFIED",
                "comment", "窗口人员态度不好");
        await().atMost(Duration.ofSeconds(20)).until(() -> post("/api/evaluation/reviews", null, review).status() == 201);
        return handlingId;
    }

    private String evaluationOf(String point, String evaluator) {
        Response opened = post("/api/evaluation/evaluations", ADMIN,
                open(unique("dcl"), unique("batch"), point, "GRASSROOTS_TOWNSHIP", 2026, List.of(evaluator)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().path("id").asString();
    }

    private static Call get(String path) {
        return new Call("GET", path, null);
    }
}
