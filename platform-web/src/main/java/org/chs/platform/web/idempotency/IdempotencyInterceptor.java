package org.chs.platform.web.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chs.platform.web.InvalidRequestException;
import org.chs.platform.web.Roles;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * The one {@code Idempotency-Key} behaviour of the platform, on every operation marked {@link IdempotencyKey}: checks the
 * key, claims it atomically per client before the operation runs, replays the first answer, refuses a reused key, and keeps
 * the answer when the operation is done (not a 5xx, which the client may retry with the same key).
 */
public final class IdempotencyInterceptor implements HandlerInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** The rule a key follows; a UUID does. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,128}");
    public static final String KEY_RULE = "8 to 128 characters of A-Z, a-z, 0-9, '_' or '-' (a UUID will do)";
    private static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";

    private final IdempotencyStore store;

    public IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    /** The rule of an operation, or {@code null} when it takes no key. */
    public static IdempotencyKey ruleOf(HandlerMethod method, String httpMethod) {
        IdempotencyKey own = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), IdempotencyKey.class);
        if (own != null) {
            return own;
        }
        if ("GET".equals(httpMethod) || "HEAD".equals(httpMethod)) {
            return null;
        }
        return AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), IdempotencyKey.class);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        IdempotencyKey rule = ruleOf(method, request.getMethod());
        if (rule == null) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String key;
        try {
            key = request.getHeader(HEADER);
        } catch (RequestRejectedException notAllowed) {
            // Spring Security's firewall refuses header values with control characters (e.g. UTF-8 bytes read as ISO-8859-1)
            throw new InvalidRequestException(HEADER, "Pattern", "must be " + KEY_RULE);
        }
        if (key == null) {
            if (rule.required() == IdempotencyKey.Required.ALWAYS
                    || rule.required() == IdempotencyKey.Required.PARTNERS && isPartner(authentication)) {
                throw new InvalidRequestException(HEADER, "required", "header is required on this operation: " + KEY_RULE
                        + (rule.required() == IdempotencyKey.Required.PARTNERS ? ", sent by banks and hospitals with every such request" : ""));
            }
            return true;
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidRequestException(HEADER, "Pattern", "must be " + KEY_RULE);
        }
        IdempotencyBodyFilter.CachedBodyRequest cached = WebUtils.getNativeRequest(request, IdempotencyBodyFilter.CachedBodyRequest.class);
        if (cached == null || !(authentication instanceof JwtAuthenticationToken token)) {
            // without the body the key cannot be compared, and without a caller it belongs to nobody: refuse rather than guess
            throw new IllegalStateException("Idempotency-Key on " + request.getRequestURI() + " without the request body or the caller");
        }
        IdempotencyStore.Claim claim = store.claim(clientId(token), key, hash(request, cached.body()));
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            replay(replay.response(), response);
            return false;
        }
        if (claim instanceof IdempotencyStore.Claim.Mismatch) {
            throw new IdempotencyKeyReusedException("This Idempotency-Key was already used for a different request; use a new key");
        }
        if (claim instanceof IdempotencyStore.Claim.InFlight) {
            throw new IdempotencyKeyInFlightException(
                    "The first request with this Idempotency-Key is still being processed; retry shortly to get its answer");
        }
        request.setAttribute(CLAIM, ((IdempotencyStore.Claim.Claimed) claim).recordId());
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(CLAIM) instanceof String recordId)) {
            return;
        }
        request.removeAttribute(CLAIM);
        ContentCachingResponseWrapper captured = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        if (ex == null && captured != null && captured.getStatus() < 500) {
            store.complete(recordId, new StoredResponse(captured.getStatus(), captured.getContentType(),
                    captured.getHeader(HttpHeaders.LOCATION), new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8)));
        } else {
            store.release(recordId);
        }
    }

    private static boolean isPartner(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a ->
                ("ROLE_" + Roles.BANK_OPERATOR).equals(a.getAuthority()) || ("ROLE_" + Roles.HOSPITAL_OPERATOR).equals(a.getAuthority()));
    }

    private static String clientId(JwtAuthenticationToken token) {
        String azp = token.getToken().getClaimAsString("azp");
        // Console users share one client: their keys are theirs, not the console's.
        return azp == null || "chs-console".equals(azp) ? "user:" + token.getToken().getSubject() : azp;
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
}
