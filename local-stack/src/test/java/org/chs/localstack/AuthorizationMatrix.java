package org.chs.localstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.chs.localstack.ProbeClient.Answer;
import org.chs.localstack.ProbeClient.Request;
import org.chs.localstack.RequestFactory.Scope;

/**
 * The authorisation matrix over every operation of the merged OpenAPI document: every demo user and partner client of the realm
 * {@code chs}, a client without roles, no token, and tokens that must not be accepted, each calling every operation with its
 * well-formed request (see {@link RequestFactory}).
 *
 * <p>What counts as a leak, from the document alone:
 * <ul>
 * <li><b>token</b>: an operation that is not public ({@code security: []}) answers anything but 401 to a request without a
 * token, with an expired one, one signed with another key, one with {@code alg: none}, or one whose roles were changed under
 * the original signature;</li>
 * <li><b>role</b>: an operation with {@code x-roles} answers anything but 401/403 to a real caller holding none of them — a 2xx
 * would be the operation done for someone not allowed, and a 400/404/409 tells that caller about the request or the data
 * before the role is checked;</li>
 * <li><b>scope</b>: an operation with {@code x-roles} and a {@code servicePointId} or {@code institutionId} path or query
 * parameter answers 2xx to a caller bound to a point or institution (a clerk, a bank, a hospital) who names another one. An
 * operation without {@code x-roles} is documented as open to every authenticated caller, whatever it names (site-registry's
 * service points and declarations are read across the platform).</li>
 * </ul>
 * Every 5xx is an offender too. Writes cannot change demo data: their identifiers are {@link SampleValues#UNKNOWN_ID}.
 */
final class AuthorizationMatrix {

    /**
     * A real caller: its roles, the scope it acts in (its own point and institution; for the agency's users
     * {@link Scope#AGENCY}) and, for a caller bound to a point or institution, another one's.
     */
    record Caller(String name, Set<String> roles, Scope scope, Scope foreign, String token) {

        /** Bound to a point or an institution: the variables of those names may only be its own. */
        boolean bound() {
            return foreign != null;
        }

        boolean admittedTo(ApiOperation operation) {
            return operation.roles().map(allowed -> !Collections.disjoint(allowed, roles)).orElse(true);
        }
    }

    /** A token that must be refused, with what it is. */
    record BadToken(String name, String token) {
    }

    /** One answer that broke the matrix. */
    record Offender(String rule, String caller, Request request, Answer answer) {
        @Override
        public String toString() {
            return "[" + rule + "] " + caller + ": " + request + " → " + answer.status() + " " + answer.excerpt();
        }
    }

    /** What the matrix sent and found. */
    record Report(int operations, int requests, Map<String, Integer> checks, Map<Integer, Integer> byStatus, int serverErrors,
            List<Offender> leaks, List<Offender> serverErrorOffenders) {

        String summary() {
            return "Authorisation matrix: " + operations + " operations, " + requests + " requests; checks " + checks
                    + "; answers by status " + byStatus + "; 5xx " + serverErrors + "; leaks " + leaks.size();
        }
    }

    private final List<ApiOperation> operations;
    private final RequestFactory requests;
    private final ProbeClient client;
    private final List<Caller> callers;
    private final List<BadToken> badTokens;

    AuthorizationMatrix(List<ApiOperation> operations, RequestFactory requests, ProbeClient client, List<Caller> callers,
            List<BadToken> badTokens) {
        this.operations = operations;
        this.requests = requests;
        this.client = client;
        this.callers = callers;
        this.badTokens = badTokens;
    }

    Report run() throws IOException, InterruptedException {
        Map<String, Integer> checks = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<Offender> leaks = new ArrayList<>();
        List<Offender> serverErrors = new ArrayList<>();
        int sent = 0;
        for (ApiOperation operation : operations) {
            if (operation.publicOperation()) {
                continue;
            }
            for (BadToken bad : badTokens) {
                Request request = requests.wellFormed(operation, Scope.AGENCY);
                Answer answer = record(client.send(request, bad.token()), byStatus);
                sent++;
                checks.merge("token", 1, Integer::sum);
                if (answer.status() != 401 || !answer.problemWithType()) {
                    (answer.status() >= 500 ? serverErrors : leaks).add(new Offender("token", bad.name(), request, answer));
                }
            }
            for (Caller caller : callers) {
                Request request = requests.wellFormed(operation, caller.scope());
                Answer answer = record(client.send(request, caller.token()), byStatus);
                sent++;
                if (!caller.admittedTo(operation)) {
                    checks.merge("role", 1, Integer::sum);
                    if (answer.status() != 403 && answer.status() != 401 || !answer.problemWithType()) {
                        (answer.status() >= 500 ? serverErrors : leaks).add(new Offender("role " + operation.roles().orElseThrow(),
                                caller.name(), request, answer));
                    }
                    continue;
                }
                if (answer.status() >= 500) {
                    serverErrors.add(new Offender("admitted caller", caller.name(), request, answer));
                }
                if (scoped(operation, caller)) {
                    Request foreign = requests.wellFormed(operation, caller.foreign());
                    Answer crossed = record(client.send(foreign, caller.token()), byStatus);
                    sent++;
                    checks.merge("scope", 1, Integer::sum);
                    if (crossed.status() < 400) {
                        leaks.add(new Offender("scope", caller.name(), foreign, crossed));
                    } else if (crossed.status() >= 500) {
                        serverErrors.add(new Offender("scope", caller.name(), foreign, crossed));
                    }
                }
            }
        }
        int fives = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        return new Report(operations.size(), sent, checks, byStatus, fives, leaks, serverErrors);
    }

    /** Whether the operation restricts its callers and names, in its path or query, the point or institution the caller is bound to. */
    static boolean scoped(ApiOperation operation, Caller caller) {
        return caller.bound() && operation.roles().isPresent() && operation.parameters().stream()
                .anyMatch(p -> !"header".equals(p.in()) && caller.scope().valueOf(p.name()) != null);
    }

    private static Answer record(Answer answer, Map<Integer, Integer> byStatus) {
        byStatus.merge(answer.status(), 1, Integer::sum);
        return answer;
    }
}
