package org.chs.registry.authorisation.web;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chs.registry.authorisation.Authorisation;
import org.chs.registry.authorisation.AuthorisationService;
import org.chs.registry.shared.NotFoundException;
import org.chs.registry.web.RegistryWebMvcTest;
import org.chs.registry.web.WebFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@RegistryWebMvcTest(AuthorisationController.class)
class AuthorisationControllerTest {

    private static final String URL = "/api/registry/service-points/sp-bank-rcb-fenkou/authorisations/ENR-01";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuthorisationService authorisations;

    @Nested
    class Contract {

        @Test
        void shouldAnswerTheFeignContractWithNullReasonAndEtagWhenAllowed() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01"))
                    .thenReturn(new Authorisation("sp-bank-rcb-fenkou", "ENR-01", true, null, 7, false));

            mvc.perform(get(URL).with(WebFixtures.clerk("sp-bank-rcb-fenkou")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"v7\""))
                    .andExpect(content().json("""
                            {"servicePointId":"sp-bank-rcb-fenkou","itemCode":"ENR-01","allowed":true,"reason":null,"catalogueVersion":7}
                            """, org.springframework.test.json.JsonCompareMode.STRICT));
        }

        @Test
        void shouldAnswer304WhenIfNoneMatchNamesTheCurrentVersion() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01"))
                    .thenReturn(new Authorisation("sp-bank-rcb-fenkou", "ENR-01", false, "not delegated to BANK", 7, false));

            mvc.perform(get(URL).header("If-None-Match", "\"v7\"").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isNotModified())
                    .andExpect(header().string("ETag", "\"v7\""));
        }

        @Test
        void shouldAnswerAfreshWhenIfNoneMatchNamesAnOlderVersion() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01"))
                    .thenReturn(new Authorisation("sp-bank-rcb-fenkou", "ENR-01", false, "not delegated to BANK", 8, false));

            mvc.perform(get(URL).header("If-None-Match", "\"v7\"").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.allowed").value(false))
                    .andExpect(jsonPath("$.reason").value("not delegated to BANK"));
        }

        @Test
        void shouldNeverCacheNorAnswer304WhenRefusedForPointStatus() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01"))
                    .thenReturn(new Authorisation("sp-bank-rcb-fenkou", "ENR-01", false, "service point sp-bank-rcb-fenkou is SUSPENDED", 7,
                            true));

            mvc.perform(get(URL).header("If-None-Match", "\"v7\"").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(header().doesNotExist("ETag"))
                    .andExpect(jsonPath("$.allowed").value(false))
                    .andExpect(jsonPath("$.catalogueVersion").value(7));
        }

        @Test
        void shouldAnswerProblemDetail404WhenPointIsUnknown() throws Exception {
            when(authorisations.authorise("sp-nowhere", "ENR-01")).thenThrow(new NotFoundException("service point", "sp-nowhere"));

            mvc.perform(get("/api/registry/service-points/sp-nowhere/authorisations/ENR-01").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/not-found"))
                    .andExpect(jsonPath("$.resource").value("service point"));
        }
    }

    @Nested
    class Security {

        @Test
        void shouldAnswer401WhenNoToken() throws Exception {
            mvc.perform(get(URL)).andExpect(status().isUnauthorized());
        }
    }
}
