package org.chs.settlement.handling.web;

import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.chs.settlement.config.SettlementWebSlice;
import org.chs.settlement.handling.HandlingFixtures;
import org.chs.settlement.handling.HandlingLog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web slice of the daily list: who may list which point, the defaults, and how bad parameters are answered. */
@WebMvcTest(HandlingController.class)
@Import({SettlementWebSlice.class, HandlingControllerTest.FixedClock.class})
class HandlingControllerTest {

    /** 17:30 UTC on 15 May is 01:30 on 16 May in the agency's time zone. */
    static final Instant NOW = Instant.parse("2026-05-15T17:30:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private HandlingLog log;

    static JwtRequestPostProcessor as(String role, String servicePointId) {
        return jwt().jwt(j -> {
                    j.claim("realm_access", Map.of("roles", List.of(role))).claim("preferred_username", "u-" + role);
                    if (servicePointId != null) {
                        j.claim("service_point_id", servicePointId);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private void answers(String point, LocalDate day, int page, int size) {
        given(log.at(point, day, page, size)).willReturn(new SliceImpl<>(List.of(HandlingFixtures.filing("hdl-1", 5),
                HandlingFixtures.reimbursement("hdl-2", 9)), PageRequest.of(page, size), true));
    }

    @Nested
    class Listing {

        @Test
        void shouldListTheClerksOwnPointTodayInTheAgencyTimeZoneWhenNothingIsNamed() throws Exception {
            answers("sp-own", LocalDate.of(2026, 5, 16), 0, 50);

            mvc.perform(get("/api/settlement/handlings").with(as("counter-clerk", "sp-own")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(50))
                    .andExpect(jsonPath("$.hasNext").value(true))
                    .andExpect(jsonPath("$.total").doesNotExist())
                    .andExpect(jsonPath("$.items.length()").value(2))
                    .andExpect(jsonPath("$.items[0].handlingId").value("hdl-1"))
                    .andExpect(jsonPath("$.items[0].itemCode").value("FIL-01"))
                    .andExpect(jsonPath("$.items[0].servicePointName").value("汾口镇便民服务中心医保服务点"))
                    .andExpect(jsonPath("$.items[0].completedOn").value("2026-05-15"))
                    .andExpect(jsonPath("$.items[0].outcome").value("COMPLETED"))
                    .andExpect(jsonPath("$.items[0].authorisation.source").value("LIVE"))
                    .andExpect(jsonPath("$.items[0].authorisation.catalogueVersion").value(7))
                    .andExpect(jsonPath("$.items[0].business.kind").value("FILING"))
                    .andExpect(jsonPath("$.items[0].business.id").value("fil-hdl-1"))
                    .andExpect(jsonPath("$.items[0].reviewToken").doesNotExist())
                    .andExpect(jsonPath("$.items[1].business.kind").value("MANUAL_REIMBURSEMENT"));
        }

        @Test
        void shouldListTheNamedPointAndDayWhenTheAgencyAsks() throws Exception {
            answers("sp-any", LocalDate.of(2026, 4, 30), 2, 10);

            mvc.perform(get("/api/settlement/handlings?servicePointId=sp-any&date=2026-04-30&page=2&size=10").with(as("auditor", null)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(2))
                    .andExpect(jsonPath("$.size").value(10));
            verify(log).at("sp-any", LocalDate.of(2026, 4, 30), 2, 10);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"bank-operator", "hospital-operator"})
        void shouldListThePartnersOwnPointWhenAPartnerAsks(String role) throws Exception {
            answers("sp-partner", LocalDate.of(2026, 5, 16), 0, 50);

            mvc.perform(get("/api/settlement/handlings?servicePointId=sp-partner").with(as(role, "sp-partner")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items.length()").value(2));
            verify(log).at("sp-partner", LocalDate.of(2026, 5, 16), 0, 50);
        }
    }

    @Nested
    class Refusals {

        @Test
        void shouldForbidNamingTheRuleWhenAClerkListsAnotherPoint() throws Exception {
            mvc.perform(get("/api/settlement/handlings?servicePointId=sp-other").with(as("counter-clerk", "sp-own")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(endsWith("/service-point-scope")));
            verifyNoInteractions(log);
        }

        @Test
        void shouldAskTheAgencyToNameThePointWhenNoneIsGiven() throws Exception {
            mvc.perform(get("/api/settlement/handlings").with(as("agency-admin", null)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(endsWith("/validation")))
                    .andExpect(jsonPath("$.errors[0].field").value("servicePointId"))
                    .andExpect(jsonPath("$.errors[0].rule").value("required"));
        }

        @Test
        void shouldForbidWhenAClerksTokenHasNoServicePoint() throws Exception {
            mvc.perform(get("/api/settlement/handlings").with(as("counter-clerk", null)))
                    .andExpect(status().isForbidden());
            verifyNoInteractions(log);
        }

        @Test
        void shouldForbidWhenTheRoleHasNoCounterBusiness() throws Exception {
            mvc.perform(get("/api/settlement/handlings?servicePointId=sp-x").with(as("site-evaluator", "sp-x")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));
        }

        @Test
        void shouldAnswer401WithoutAToken() throws Exception {
            mvc.perform(get("/api/settlement/handlings")).andExpect(status().isUnauthorized());
        }

        @Test
        void shouldNameTheParameterWhenPageSizeOrDateIsInvalid() throws Exception {
            mvc.perform(get("/api/settlement/handlings?size=201").with(as("counter-clerk", "sp-own")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
            mvc.perform(get("/api/settlement/handlings?page=-1").with(as("counter-clerk", "sp-own")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"));
            mvc.perform(get("/api/settlement/handlings?date=15.05.2026").with(as("counter-clerk", "sp-own")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("date"));
            verify(log, org.mockito.Mockito.never()).at(anyString(), any(), anyInt(), anyInt());
        }
    }
}
