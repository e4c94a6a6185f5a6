package org.chs.registry.area.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chs.registry.area.AreaFixtures;
import org.chs.registry.area.AreaLevel;
import org.chs.registry.area.AreaService;
import org.chs.registry.area.AreaTestAccess;
import org.chs.registry.web.RegistryWebMvcTest;
import org.chs.registry.web.WebFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The area endpoints with the real {@link AreaService} over a mocked repository: the code rules as a client meets them. */
@RegistryWebMvcTest(AreaController.class)
@Import(AreaService.class)
class AreaControllerTest extends AreaTestAccess {

    @Autowired
    MockMvc mvc;

    private static String township(String code, String parent) {
        return """
                {"code":"%s","name":"汾口镇","level":"TOWNSHIP","parentCode":"%s","population":36000,
                 "centroid":{"latitude":29.585,"longitude":118.587},"urbanKeyArea":false}""".formatted(code, parent);
    }

    @Nested
    class Register {

        @Test
        void shouldCreateWithLocationAndEtagWhenCodeAndParentAreRight() throws Exception {
            givenStored(AreaFixtures.county());
            givenInsertsSucceed();

            mvc.perform(post("/api/registry/areas").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                            .content(township("330127107", "330127")))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/registry/areas/330127107"))
                    .andExpect(jsonPath("$.level").value("TOWNSHIP"));
        }

        @Test
        void shouldAnswer400NamingFieldAndRuleWhenCodeLengthIsWrong() throws Exception {
            mvc.perform(post("/api/registry/areas").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                            .content(township("33012710", "330127")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("code"))
                    .andExpect(jsonPath("$.errors[0].rule").value("length-for-level"));
        }

        @Test
        void shouldAnswer400WhenCodeDoesNotStartWithParentCode() throws Exception {
            mvc.perform(post("/api/registry/areas").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                            .content(township("330128107", "330127")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].rule").value("starts-with-parent-code"));
        }

        @Test
        void shouldAnswer422NamingParentWhenParentIsMissing() throws Exception {
            givenAbsent("330127");

            mvc.perform(post("/api/registry/areas").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                            .content(township("330127107", "330127")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/business-rule"))
                    .andExpect(jsonPath("$.rule").value("parent-exists"))
                    .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        }

        @Test
        void shouldAnswer400NamingEveryMissingFieldWhenCentroidAndPopulationAreMissing() throws Exception {
            mvc.perform(post("/api/registry/areas").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\":\"33\",\"name\":\"浙江省\",\"level\":\"PROVINCE\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("centroid", "population")));
        }

        @Test
        void shouldAnswer403WhenCallerIsAClerk() throws Exception {
            mvc.perform(post("/api/registry/areas").with(WebFixtures.clerk("sp-x")).contentType(MediaType.APPLICATION_JSON)
                            .content(township("330127107", "330127")))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class Read {

        @Test
        void shouldFindCityByItsGbt2260SixDigitCode() throws Exception {
            givenStored(AreaFixtures.area("3301", AreaLevel.CITY, "33", 12_000_000, 30.27, 120.15, false));

            mvc.perform(get("/api/registry/areas/330100").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.code").value("3301"));
        }

        @Test
        void shouldAnswer404ProblemWhenAreaIsUnknown() throws Exception {
            givenAbsent("999999");

            mvc.perform(get("/api/registry/areas/999999").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.resource").value("area"));
        }
    }
}
