package org.chs.enrollment.idempotency.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.chs.enrollment.idempotency.IdempotencyStore;
import org.chs.enrollment.idempotency.StoredResponse;
import org.chs.platform.web.PlatformExceptionHandler.FieldViolation;
import org.chs.platform.web.ProblemResponses;
import org.chs.platform.web.ProblemTypes;
import org.chs.platform.web.Roles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on every POST under {@code /api/enrollment}: required from banks and hospitals, optional for
 * clerks and for the POSTs that only read ({@link #READ_ONLY_POSTS}: they carry an ID number in the body instead of the URL).
 * The key is claimed atomically per client before the request runs; a replay gets the first response (status and
 * body), the same key with a different request a 422, a duplicate while the first is still running a 409. A first response
 * with a 5xx status is not kept, so the partner may retry with the same key. Runs after Spring Security, so the caller is known.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String API = "/api/enrollment/";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{8,128}");
    /** POSTs that change nothing: a key is honoured when sent, but not required (settlement's eligibility contract has none). */
    static final java.util.Set<String> READ_ONLY_POSTS = java.util.Set.of(API + "eligibility-checks", API + "persons/lookups");

    private final IdempotencyStore store;
    private final JsonMapper json;

    public IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(API);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response); // unauthenticated: security answers 401
            return;
        }
        String key = request.getHeader(HEADER);
        boolean partner = hasRole(authentication, Roles.BANK_OPERATOR) || hasRole(authentication, Roles.HOSPITAL_OPERATOR);
        if (key == null) {
            if (partner && !READ_ONLY_POSTS.contains(request.getRequestURI())) {
                writeProblem(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Idempotency-Key required",
                        "Banks and hospitals send an Idempotency-Key header (8-128 visible ASCII characters, e.g. a UUID) with every POST",
                        List.of(new FieldViolation(HEADER, "required", "header is required")));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            writeProblem(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid Idempotency-Key",
                    "An Idempotency-Key has 8 to 128 visible ASCII characters", List.of(new FieldViolation(HEADER, "pattern",
                            "8-128 visible ASCII characters")));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String clientId = clientId(token);
        IdempotencyStore.Claim claim = store.claim(clientId, key, hash(request, body));
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            replay(replay.response(), response);
            return;
        }
        if (claim instanceof IdempotencyStore.Claim.Mismatch) {
            writeProblem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key reused", "This Idempotency-Key was already used for a different request; use a new key", null);
            return;
        }
        if (claim instanceof IdempotencyStore.Claim.InFlight) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            writeProblem(request, response, HttpStatus.CONFLICT, ProblemTypes.of("idempotency-key-in-flight"), "Request in progress",
                    "The first request with this Idempotency-Key is still being processed; retry shortly to get its response", null);
            return;
        }
        String recordId = ((IdempotencyStore.Claim.Claimed) claim).recordId();
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new ReplayableRequest(request, body), captured);
            if (captured.getStatus() < 500) {
                store.complete(recordId, new StoredResponse(captured.getStatus(), captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION), new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8)));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(recordId);
            }
            captured.copyBodyToResponse();
        }
    }

    private static String clientId(JwtAuthenticationToken token) {
        String azp = token.getToken().getClaimAsString("azp");
        // Console users share one client: their keys are theirs, not the console's.
        return azp == null || "chs-console".equals(azp) ? "user:" + token.getToken().getSubject() : azp;
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    /** Method, path, query and body: the same key with any of them different is a different request. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] bytes = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, java.net.URI type, String title,
                              String detail, List<FieldViolation> errors) throws IOException {
        ProblemDetail problem = ProblemResponses.problem(status, type, title, detail, request.getRequestURI());
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body already read (for the hash) and served again to the controller. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
