package org.chs.probe;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Paging;
import org.chs.platform.web.PlatformExceptionHandler;
import org.chs.platform.web.PlatformHttpSecurity;
import org.chs.platform.web.ProblemTypes;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A service in miniature for the platform-web tests that need a running Tomcat: its tokens are "client.role[.point]"
 * strings, decoded without a signature, so that no identity provider is needed.
 */
@SpringBootApplication
public class ProbeApplication {

    static final AtomicInteger TOP_UPS = new AtomicInteger();
    static final AtomicInteger FLAKY_CALLS = new AtomicInteger();

    @Bean
    JwtDecoder tokens() {
        return token -> {
            String[] parts = token.split("\\.");
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "none").subject("sub-" + parts[0]).claim("azp", parts[0])
                    .claim("preferred_username", parts[0]).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                    .claim("realm_access", Map.of("roles", List.of(parts.length > 1 ? parts[1] : "counter-clerk")));
            if (parts.length > 2) {
                jwt.claim("service_point_id", parts[2]);
            }
            return jwt.build();
        };
    }

    @Bean
    SecurityFilterChain chain(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
        platform.apply(http, "/api/probe");
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    /** A filter that fails before any controller, as a broken filter would. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> failingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getRequestURI().equals("/api/probe/broken-filter")) {
                    throw new IllegalStateException("filter internals");
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/probe/*");
        return registration;
    }

    record Payment(@NotBlank String receiptNumber, @Positive BigDecimal amount) {
    }

    record Receipt(String receiptNumber, BigDecimal amount, int sequence) {
    }

    /** Thrown for an unknown person; its message carries what the caller sent. */
    static class PersonNotFound extends RuntimeException {
        PersonNotFound(String id) {
            super("No insured person " + id);
        }
    }

    @RestController
    @RequestMapping("/api/probe")
    @IdempotencyKey
    static class PaymentsController {

        @PostMapping("/payments")
        ResponseEntity<Receipt> pay(@Valid @RequestBody Payment payment) {
            Receipt receipt = new Receipt(payment.receiptNumber(), payment.amount(), TOP_UPS.incrementAndGet());
            return ResponseEntity.created(URI.create("/api/probe/payments/" + receipt.sequence())).body(receipt);
        }

        @PostMapping("/lookups")
        @IdempotencyKey(required = IdempotencyKey.Required.OPTIONAL)
        Payment lookup(@RequestBody Payment payment) {
            return payment;
        }

        @PostMapping("/top-ups")
        @IdempotencyKey(required = IdempotencyKey.Required.ALWAYS)
        Receipt topUp(@Valid @RequestBody Payment payment) {
            return new Receipt(payment.receiptNumber(), payment.amount(), TOP_UPS.incrementAndGet());
        }

        @PostMapping("/flaky")
        ResponseEntity<String> flaky() {
            return FLAKY_CALLS.incrementAndGet() == 1 ? ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("{}")
                    : ResponseEntity.ok("{\"call\":" + FLAKY_CALLS.get() + "}");
        }

        @PostMapping("/echo")
        String echo(@RequestBody String body) {
            return "{\"length\":" + body.length() + "}";
        }
    }

    @RestController
    @RequestMapping("/api/probe")
    static class ReadsController {

        @GetMapping("/persons/{personId}")
        String person(@PathVariable String personId) {
            throw new PersonNotFound(personId);
        }

        @PostMapping("/bills/{billNumber}/reversal")
        String reverse(@PathVariable String billNumber) {
            return "{\"voided\":\"" + billNumber + "\"}";
        }

        @GetMapping("/search")
        String search(@RequestParam String period, @CurrentCaller Caller caller) {
            return "{\"period\":\"" + period + "\"}";
        }

        @GetMapping("/pages")
        String pages(@Paging(sortable = {"createdAt", "status"}, maxSize = 50) Pageable page) {
            return "{\"size\":" + page.getPageSize() + "}";
        }

        /** A list that counts (the total comes with it) and one that does not: the one page shape either way. */
        @GetMapping("/receipts")
        PageResponse<Receipt> receipts(@RequestParam(defaultValue = "false") boolean counted) {
            List<Receipt> receipts = List.of(new Receipt("R-1", BigDecimal.ONE, 1), new Receipt("R-2", BigDecimal.TEN, 2));
            return counted ? PageResponse.counted(receipts, 0, 2, 3) : PageResponse.uncounted(receipts, 0, 2, true);
        }

        @GetMapping("/payments")
        PageResponse<Payment> payments() {
            return PageResponse.uncounted(List.of(), 0, 20, false);
        }

        @GetMapping("/unsortable")
        String unsortable(Pageable page) {
            return "{\"size\":" + page.getPageSize() + "}";
        }

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret internals");
        }
    }

    @RestControllerAdvice
    static class Handler extends PlatformExceptionHandler {

        @org.springframework.web.bind.annotation.ExceptionHandler(PersonNotFound.class)
        ResponseEntity<Object> notFound(PersonNotFound ex, WebRequest request) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                    ex.getMessage(), request));
        }
    }
}
