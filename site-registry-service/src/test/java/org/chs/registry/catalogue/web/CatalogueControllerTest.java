package org.chs.registry.catalogue.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chs.registry.catalogue.CatalogueFixtures;
import org.chs.registry.catalogue.CatalogueService;
import org.chs.registry.shared.StaleVersionException;
import org.chs.registry.web.RegistryWebMvcTest;
import org.chs.registry.web.WebFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@RegistryWebMvcTest(CatalogueController.class)
class CatalogueControllerTest {

    private static final String ITEM = """
            {"code":"ENR-04","name":"港澳台居民参保登记","kind":"SUB_ITEM","parentCode":"ENR","materials":["港澳台居民居住证"],
             "timeLimitWorkingDays":0,"instant":true,"onlineCapable":true,"legalBasis":"《香港澳门台湾居民在内地(大陆)参加社会保险暂行办法》",
             "handlingLevels":["COUNTY","TOWNSHIP"]}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CatalogueService catalogue;

    @Nested
    class Read {

        @Test
        void shouldAnswerTheTreeWithVersionEtagWhenAsked() throws Exception {
            when(catalogue.current()).thenReturn(CatalogueFixtures.demo());

            mvc.perform(get("/api/registry/catalogue").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"v1\""))
                    .andExpect(jsonPath("$.countyListSize").value(32))
                    .andExpect(jsonPath("$.categories[0].code").value("C01"))
                    .andExpect(jsonPath("$.categories[0].mainItems[0].subItems[0].code").value("ENR-01"));
        }

        @Test
        void shouldAnswer304WhenTheClientHoldsTheCurrentVersion() throws Exception {
            when(catalogue.current()).thenReturn(CatalogueFixtures.demo());

            mvc.perform(get("/api/registry/catalogue").header("If-None-Match", "\"v1\"").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isNotModified());
        }

        @Test
        void shouldListOnlyTheLevelsItemsWhenLevelIsGiven() throws Exception {
            when(catalogue.current()).thenReturn(CatalogueFixtures.demo());

            mvc.perform(get("/api/registry/catalogue/items?level=VILLAGE").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items.length()").value(10));
        }
    }

    @Nested
    class Change {

        @Test
        void shouldAnswer403WhenCallerIsNotAdmin() throws Exception {
            mvc.perform(post("/api/registry/catalogue/entries").with(WebFixtures.user("auditor", null, "auditor"))
                    .contentType(MediaType.APPLICATION_JSON).content(ITEM)).andExpect(status().isForbidden());
        }

        @Test
        void shouldAnswer412WhenIfMatchNamesAnOlderVersion() throws Exception {
            when(catalogue.add(any(), eq(1), eq("admin"))).thenThrow(new StaleVersionException("v1", "v2"));

            mvc.perform(post("/api/registry/catalogue/entries").with(WebFixtures.admin()).header("If-Match", "\"v1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(ITEM))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.current").value("v2"));
        }

        @Test
        void shouldAnswer400WhenIfMatchIsNotACatalogueEtag() throws Exception {
            mvc.perform(post("/api/registry/catalogue/entries").with(WebFixtures.admin()).header("If-Match", "\"7\"")
                            .contentType(MediaType.APPLICATION_JSON).content(ITEM))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        }
    }
}
