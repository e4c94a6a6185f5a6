package org.chs.registry.declaration.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.declaration.DeclarationService;
import org.chs.registry.declaration.DemonstrationCategory;
import org.chs.registry.web.RegistryWebMvcTest;
import org.chs.registry.web.WebFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@RegistryWebMvcTest(DeclarationController.class)
class DeclarationControllerTest {

    private static final String DECLARE = """
            {"batchId":"batch-chunan-county-1","servicePointId":"sp-fenkou-township","category":"GRASSROOTS_TOWNSHIP"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DeclarationService declarations;

    @Nested
    class Declare {

        @Test
        void shouldAnswer403WhenClerkDeclaresAnotherPoint() throws Exception {
            mvc.perform(post("/api/registry/declarations").with(WebFixtures.clerk("sp-fenkou-village")).contentType(MediaType.APPLICATION_JSON)
                    .content(DECLARE)).andExpect(status().isForbidden());
            verify(declarations, never()).declare(anyString(), anyString(), any(), anyString());
        }

        @Test
        void shouldAnswer403WhenCallerIsAnEvaluator() throws Exception {
            mvc.perform(post("/api/registry/declarations").with(WebFixtures.user("eva", null, "site-evaluator"))
                    .contentType(MediaType.APPLICATION_JSON).content(DECLARE)).andExpect(status().isForbidden());
        }

        @Test
        void shouldAnswer422NamingTheRuleWhenTheDeadlineHasPassed() throws Exception {
            Mockito.when(declarations.declare("batch-chunan-county-1", "sp-fenkou-township", DemonstrationCategory.GRASSROOTS_TOWNSHIP,
                    "clerk")).thenThrow(BusinessRuleException.generic("declaration-deadline", "Declarations closed on 2026-05-15"));

            mvc.perform(post("/api/registry/declarations").with(WebFixtures.clerk("sp-fenkou-township"))
                            .contentType(MediaType.APPLICATION_JSON).content(DECLARE))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.rule").value("declaration-deadline"));
        }
    }

    @Nested
    class Transitions {

        @Test
        void shouldAnswer400WhenTargetStatusIsUnknown() throws Exception {
            mvc.perform(post("/api/registry/declarations/d-1/transitions").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"to\":\"FINISHED\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("to"));
        }

        @Test
        void shouldAnswer403WhenClerkRecordsAStep() throws Exception {
            mvc.perform(post("/api/registry/declarations/d-1/transitions").with(WebFixtures.clerk("sp-fenkou-township"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"UNDER_CONSTRUCTION\"}")).andExpect(status().isForbidden());
        }
    }
}
