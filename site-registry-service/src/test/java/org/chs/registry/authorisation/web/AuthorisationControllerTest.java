package org.chs.registry.authorisation.web;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chs.registry.authorisation.Authorisation;
import org.chs.registry.authorisation.AuthorisationService;
import org.chs.registry.servicepoint.ServicePointType;
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

    private static Authorisation answer(boolean allowed, String reason, int catalogueVersion, long pointVersion, boolean statusRefusal) {
        return new Authorisation("sp-bank-rcb-fenkou", "淳安农商银行汾口支行", ServicePointType.BANK_BRANCH, pointVersion, "ENR-01", "职工参保登记", true, allowed, reason,
                catalogueVersion, statusRefusal);
    }

    @Nested
    class Contract {

        @Test
        void shouldAnswerTheFeignContractWithNullReasonAndEtagWhenAllowed() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01"))
                    .thenReturn(answer(true, null, 7, 3, false));

            mvc.perform(get(URL).with(WebFixtures.clerk("sp-bank-rcb-fenkou")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"v7-p3\""))
                    .andExpect(content().json("""
                            {"servicePointId":"sp-bank-rcb-fenkou","servicePointName":"淳安农商银行汾口支行","servicePointType":"BANK_BRANCH","itemCode":"ENR-01",
                             "itemName":"职工参保登记","instant":true,"allowed":true,"reason":null,"catalogueVersion":7}
                            """, org.springframework.test.json.JsonCompareMode.STRICT));
        }

        @Test
        void shouldAnswer304WhenIfNoneMatchNamesTheCurrentVersion() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01")).thenReturn(answer(false, "not delegated to BANK", 7, 3, false));

            mvc.perform(get(URL).header("If-None-Match", "\"v7-p3\"").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isNotModified())
                    .andExpect(header().string("ETag", "\"v7-p3\""));
        }

        @Test
        void shouldAnswerAfreshWhenIfNoneMatchNamesAnOlderVersion() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01")).thenReturn(answer(false, "not delegated to BANK", 8, 3, false));

            mvc.perform(get(URL).header("If-None-Match", "\"v7-p3\"").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.allowed").value(false))
                    .andExpect(jsonPath("$.reason").value("not delegated to BANK"));
        }

        @Test
        void shouldAnswerAfreshWhenThePointChangedUnderTheSameCatalogueVersion() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01")).thenReturn(answer(true, null, 7, 4, false));

            mvc.perform(get(URL).header("If-None-Match", "\"v7-p3\"").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"v7-p4\""))
                    .andExpect(jsonPath("$.servicePointName").value("淳安农商银行汾口支行"));
        }

        @Test
        void shouldNotMatchTheCatalogueOnlyEtagWhenAnOlderClientSendsIt() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01")).thenReturn(answer(true, null, 7, 0, false));

            // the answer gained fields: a client holding "v7" must fetch them once
            mvc.perform(get(URL).header("If-None-Match", "\"v7\"").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.itemName").value("职工参保登记"));
        }

        @Test
        void shouldNeverCacheNorAnswer304WhenRefusedForPointStatus() throws Exception {
            when(authorisations.authorise("sp-bank-rcb-fenkou", "ENR-01"))
                    .thenReturn(answer(false, "service point sp-bank-rcb-fenkou is SUSPENDED", 7, 3, true));

            mvc.perform(get(URL).header("If-None-Match", "\"v7-p3\"").with(WebFixtures.clerk("sp-x")))
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
