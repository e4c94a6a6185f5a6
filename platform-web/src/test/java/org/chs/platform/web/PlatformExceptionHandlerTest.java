package org.chs.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.chs.platform.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@WebMvcTest(controllers = PlatformExceptionHandlerTest.ProbeController.class,
        properties = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/certs")
@Import({PlatformExceptionHandlerTest.ProbeController.class, PlatformExceptionHandlerTest.Handler.class,
        PlatformExceptionHandlerTest.Security.class})
class PlatformExceptionHandlerTest {

    @SpringBootApplication
    static class App {
    }

    record Payment(@NotBlank String receiptNumber, @Positive BigDecimal amount) {
    }

    @RestController
    static class ProbeController {

        @PostMapping("/api/probe/payments")
        Payment pay(@Valid @RequestBody Payment payment) {
            return payment;
        }

        @GetMapping("/api/probe/boom")
        String boom() {
            throw new IllegalStateException("secret internals");
        }

        @GetMapping("/api/probe/refusals/not-eligible")
        String notEligible() {
            throw BusinessRuleException.withReasons("not-eligible", "Not eligible", "参保状态为暂停 / coverage is suspended",
                    List.of("SUSPENDED"));
        }

        @GetMapping("/api/probe/refusals/parent-exists")
        String parentExists() {
            throw BusinessRuleException.generic("parent-exists", "parentCode", "No area 330127 to register 330127107 under");
        }

        @GetMapping("/api/probe/refusals/already-open")
        String alreadyOpen() {
            throw new BusinessRuleException("evaluation-exists", "Evaluation exists", "An evaluation is already open",
                    Map.of("existingId", "ev-1")).asConflict();
        }

        @GetMapping("/api/probe/me")
        String me(@CurrentCaller Caller caller) {
            return caller.requireServicePoint();
        }
    }

    @RestControllerAdvice
    static class Handler extends PlatformExceptionHandler {
    }

    static class Security {
        @Bean
        SecurityFilterChain chain(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
            platform.apply(http, "/api/probe");
            http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
            return http.build();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void shouldListEveryViolatedFieldAndRuleWhenTheBodyIsInvalid() throws Exception {
        mvc.perform(post("/api/probe/payments").with(jwt()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\":\"\",\"amount\":-1}").header("X-Request-Id", "req-42"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/validation"))
                .andExpect(jsonPath("$.traceId").value("req-42"))
                .andExpect(jsonPath("$.errors[?(@.field == 'receiptNumber')].rule").value("NotBlank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')].rule").value("Positive"));
    }

    @Test
    void shouldNameTheFieldWhenAValueHasTheWrongType() throws Exception {
        mvc.perform(post("/api/probe/payments").with(jwt()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\":\"R1\",\"amount\":\"a lot\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/malformed-request"))
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void shouldHideInternalsWhenSomethingUnexpectedFails() throws Exception {
        mvc.perform(get("/api/probe/boom").with(jwt()))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/internal"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))))
                .andExpect(header().exists("X-Request-Id"));
    }

    @Test
    void shouldAnswer403WhenTheTokenLacksTheServicePointClaim() throws Exception {
        mvc.perform(get("/api/probe/me").with(jwt()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("service_point_id")));
    }

    @Test
    void shouldResolveTheCallerFromTheTokenWhenTheClaimIsPresent() throws Exception {
        mvc.perform(get("/api/probe/me").with(jwt().jwt(j -> j.claim("service_point_id", "sp-fenkou-township"))))
                .andExpect(status().isOk())
                .andExpect(content().string("sp-fenkou-township"));
    }

    @Test
    void shouldAnswerProblemDetail401WhenNoTokenIsSent() throws Exception {
        mvc.perform(get("/api/probe/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/unauthenticated"));
    }

    @Test
    void shouldAnswerTheRulesOwnTypeTitleAndPropertiesWhenABusinessRuleRefuses() throws Exception {
        mvc.perform(get("/api/probe/refusals/not-eligible").with(jwt()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/not-eligible"))
                .andExpect(jsonPath("$.title").value("Not eligible"))
                .andExpect(jsonPath("$.detail").value("参保状态为暂停 / coverage is suspended"))
                .andExpect(jsonPath("$.rule").value("not-eligible"))
                .andExpect(jsonPath("$.reasons[0]").value("SUSPENDED"))
                .andExpect(jsonPath("$.instance").value("/api/probe/refusals/not-eligible"));
    }

    @Test
    void shouldKeepTheSharedTypeAndNameTheFieldWhenAGenericRefusalIsAboutAField() throws Exception {
        mvc.perform(get("/api/probe/refusals/parent-exists").with(jwt()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/business-rule"))
                .andExpect(jsonPath("$.title").value(BusinessRuleException.DEFAULT_TITLE))
                .andExpect(jsonPath("$.rule").value("parent-exists"))
                .andExpect(jsonPath("$.field").value("parentCode"))
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"))
                .andExpect(jsonPath("$.errors[0].rule").value("parent-exists"));
    }

    @Test
    void shouldAnswer409WhenTheRefusalIsAConflictWithTheCurrentState() throws Exception {
        mvc.perform(get("/api/probe/refusals/already-open").with(jwt()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/evaluation-exists"))
                .andExpect(jsonPath("$.existingId").value("ev-1"));
    }
}
