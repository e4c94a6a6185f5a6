package org.chs.enrollment.person.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chs.enrollment.config.SecurityConfig;
import org.chs.enrollment.person.EnrolmentPolicy;
import org.chs.enrollment.person.PersonNotFoundException;
import org.chs.enrollment.person.PersonService;
import org.chs.enrollment.personaldata.IdNumberFixtures;
import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.web.idempotency.IdempotencyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The web slice of the person endpoints: who may call what, and how bad requests are answered. */
@WebMvcTest(controllers = {PersonController.class, ContributionController.class, QualificationController.class, QueryController.class,
        HandlingController.class})
@Import({SecurityConfig.class, PersonEndpointsWebTest.Policy.class})
class PersonEndpointsWebTest {

    @TestConfiguration
    static class Policy {
        @Bean
        EnrolmentPolicy enrolmentPolicy() {
            return EnrolmentPolicy.defaults();
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private PersonService persons;
    @MockitoBean
    private HandlingDesk desk;
    @MockitoBean
    private PersonalDataDisclosure disclosure;
    @MockitoBean
    private IdempotencyStore idempotency;

    @BeforeEach
    void claimEveryKey() {
        given(idempotency.claim(anyString(), anyString(), anyString())).willReturn(new IdempotencyStore.Claim.Claimed("rec-1"));
    }

    static JwtRequestPostProcessor as(String role) {
        return jwt().jwt(j -> j.claim("realm_access", Map.of("roles", List.of(role))).claim("preferred_username", "u-" + role)
                        .claim("service_point_id", "sp-" + role))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    static final String ENROL = """
            {"idNumber":"%s","name":"王芳","scheme":"URBAN_RURAL_RESIDENT","poolingRegion":"330127"}"""
            .formatted(IdNumberFixtures.adult());
    static final String NEWBORN = """
            {"parentPersonId":"psn-1","idNumber":"%s","name":"小宝"}""".formatted(IdNumberFixtures.adult());
    static final String TRANSFER = "{\"destinationRegion\":\"330106\",\"reason\":\"moved\"}";
    static final String PAYMENT = "{\"year\":2026,\"amount\":380.00,\"receiptNumber\":\"R-1\"}";
    static final String QUALIFICATION = "{\"diseaseCode\":\"M01\",\"evidenceReference\":\"EV\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\"}";
    static final String STATUS = "{\"status\":\"SUSPENDED\",\"reason\":\"arrears\"}";

    @Nested
    class Roles {

        static Stream<Arguments> forbidden() {
            return Stream.of(
                    Arguments.of("POST", "/api/enrollment/persons", ENROL, "hospital-operator"),
                    Arguments.of("POST", "/api/enrollment/persons", ENROL, "auditor"),
                    Arguments.of("POST", "/api/enrollment/persons", ENROL, "agency-admin"),
                    Arguments.of("POST", "/api/enrollment/persons", ENROL, "site-evaluator"),
                    Arguments.of("POST", "/api/enrollment/newborns", NEWBORN, "bank-operator"),
                    Arguments.of("POST", "/api/enrollment/newborns", NEWBORN, "auditor"),
                    Arguments.of("POST", "/api/enrollment/persons/psn-1/transfers-out", TRANSFER, "bank-operator"),
                    Arguments.of("POST", "/api/enrollment/persons/psn-1/transfers-out", TRANSFER, "hospital-operator"),
                    Arguments.of("POST", "/api/enrollment/persons/psn-1/status-changes", STATUS, "hospital-operator"),
                    Arguments.of("POST", "/api/enrollment/persons/psn-1/contributions", PAYMENT, "hospital-operator"),
                    Arguments.of("POST", "/api/enrollment/persons/psn-1/qualifications", QUALIFICATION, "bank-operator"),
                    Arguments.of("POST", "/api/enrollment/persons/psn-1/certificates", "{}", "auditor"),
                    Arguments.of("GET", "/api/enrollment/persons/psn-1", null, "auditor"),
                    Arguments.of("GET", "/api/enrollment/persons/psn-1", null, "site-evaluator"),
                    Arguments.of("GET", "/api/enrollment/persons/psn-1/qualifications", null, "bank-operator"),
                    Arguments.of("GET", "/api/enrollment/handlings", null, "site-evaluator"));
        }

        @ParameterizedTest(name = "{0} {1} as {3} → 403")
        @MethodSource("forbidden")
        void shouldForbidWhenTheRoleDoesNotDoThisBusiness(String method, String path, String body, String role) throws Exception {
            mvc.perform(request(method, path, body).with(as(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));
        }

        @Test
        void shouldAnswer401WithoutAToken() throws Exception {
            mvc.perform(request("POST", "/api/enrollment/persons", ENROL)).andExpect(status().isUnauthorized());
        }
    }

    @Nested
    class Validation {

        @Test
        void shouldNameEachInvalidFieldWhenTheEnrolmentIsIncomplete() throws Exception {
            mvc.perform(request("POST", "/api/enrollment/persons", "{\"idNumber\":\"\",\"scheme\":\"URBAN_RURAL_RESIDENT\",\"poolingRegion\":\"33\"}")
                            .with(as("counter-clerk")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(endsWith("/validation")))
                    .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                    .andExpect(jsonPath("$.errors[?(@.field == 'idNumber')]").exists())
                    .andExpect(jsonPath("$.errors[?(@.field == 'poolingRegion')].message").value("must be a 6-digit area code, e.g. 330127"));
        }

        @Test
        void shouldRefuseWhenTheAmountHasMoreThanTwoDecimals() throws Exception {
            mvc.perform(request("POST", "/api/enrollment/persons/psn-1/contributions", "{\"year\":2026,\"amount\":1.005,\"receiptNumber\":\"R-1\"}")
                            .with(as("counter-clerk")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("amount"));
        }

        @Test
        void shouldAskAnAdministratorToNameThePointWhenListingHandlings() throws Exception {
            mvc.perform(get("/api/enrollment/handlings").with(jwt().jwt(j -> j.claim("realm_access", Map.of("roles", List.of("agency-admin"))))
                            .authorities(new SimpleGrantedAuthority("ROLE_agency-admin"))))
                    .andExpect(status().isBadRequest());
        }

        @Test
        void shouldForbidWhenAClerkListsAnotherPoint() throws Exception {
            mvc.perform(get("/api/enrollment/handlings?servicePointId=sp-other").with(as("counter-clerk")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(endsWith("/service-point-scope")));
        }

        @Test
        void shouldMaskTheIdNumberWhenAPersonIsLookedUpByItAndNotFound() throws Exception {
            String idNumber = IdNumberFixtures.adult();
            given(persons.get(idNumber)).willThrow(new PersonNotFoundException(idNumber));
            String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
            mvc.perform(get("/api/enrollment/persons/" + idNumber).with(as("counter-clerk")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(idNumber))))
                    .andExpect(jsonPath("$.detail").value(containsString(masked)))
                    .andExpect(jsonPath("$.instance").value("/api/enrollment/persons/" + masked));
        }

        @Test
        void shouldRefuseAHugeIdNumberWithA400NamingTheField() throws Exception {
            mvc.perform(request("POST", "/api/enrollment/persons/lookups", "{\"idNumber\":\"" + "3".repeat(100_000) + "\"}")
                            .with(as("bank-operator")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
        }

        @Test
        void shouldFindNothingWithoutErrorWhenTheNumberIsNotEnrolled() throws Exception {
            given(persons.findByIdNumber(any())).willReturn(List.of());
            mvc.perform(request("POST", "/api/enrollment/persons/lookups", "{\"idNumber\":\"" + IdNumberFixtures.adult() + "\"}")
                            .with(as("bank-operator")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$").isEmpty());
        }
    }

    private static MockHttpServletRequestBuilder request(String method, String path, String body) {
        MockHttpServletRequestBuilder builder = "GET".equals(method) ? get(path) : post(path);
        builder.header("Idempotency-Key", "web-slice-key-1");
        if (body != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return builder;
    }
}
