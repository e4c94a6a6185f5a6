package org.chs.registry.servicepoint.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.chs.registry.servicepoint.RegisterServicePoint;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointFilter;
import org.chs.registry.servicepoint.ServicePointFixtures;
import org.chs.registry.servicepoint.ServicePointService;
import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;
import org.chs.registry.shared.InvalidFieldsException;
import org.chs.registry.shared.StaleVersionException;
import org.chs.registry.web.RegistryWebMvcTest;
import org.chs.registry.web.WebFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@RegistryWebMvcTest(ServicePointController.class)
class ServicePointControllerTest {

    private static final String BANK = """
            {"id":"sp-bank-rcb-fenkou","type":"BANK_BRANCH","areaCode":"330127107","name":"农商银行汾口支行","address":"汾口镇",
             "location":{"latitude":29.587,"longitude":118.589},"floorAreaSquareMetres":160,"staffCount":2,"selfServiceMachines":1,
             "partner":{"kind":"BANK","name":"浙江淳安农村商业银行","institutionId":"bank-chunan-rcb"},
             "zones":["COUNTER_ACCEPTANCE"],
             "openingHours":[{"days":["MONDAY","FRIDAY"],"opens":"09:00","closes":"17:00"}]}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ServicePointService points;

    private static ServicePoint bank() {
        return ServicePointFixtures.point("sp-bank-rcb-fenkou", ServicePointType.BANK_BRANCH, "330127107", 29.587, 118.589);
    }

    @Nested
    class Register {

        @Test
        void shouldCreateAndRecordTheAdminAsActorWhenAdmin() throws Exception {
            when(points.register(any(RegisterServicePoint.class), eq("admin"))).thenReturn(bank());

            mvc.perform(post("/api/registry/service-points").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON).content(BANK))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/registry/service-points/sp-bank-rcb-fenkou"))
                    .andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.statusHistory[0].reason").value("registered"))
                    .andExpect(jsonPath("$.openingHours[0].opens").value("08:30:00"));
        }

        @Test
        void shouldAnswer403WhenCallerIsNotAdmin() throws Exception {
            mvc.perform(post("/api/registry/service-points").with(WebFixtures.clerk("sp-x")).contentType(MediaType.APPLICATION_JSON)
                    .content(BANK)).andExpect(status().isForbidden());
        }

        @Test
        void shouldAnswer400NamingFieldsWhenRequiredFieldsAreMissing() throws Exception {
            mvc.perform(post("/api/registry/service-points").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("type", "areaCode", "location",
                            "floorAreaSquareMetres", "staffCount")));
        }

        @Test
        void shouldAnswer400WithDomainRuleWhenPartnerIsMissing() throws Exception {
            when(points.register(any(RegisterServicePoint.class), eq("admin")))
                    .thenThrow(InvalidFieldsException.of("partner", "required-for-type", "a BANK_BRANCH needs its BANK partner organisation"));

            mvc.perform(post("/api/registry/service-points").with(WebFixtures.admin()).contentType(MediaType.APPLICATION_JSON).content(BANK))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("partner"))
                    .andExpect(jsonPath("$.errors[0].rule").value("required-for-type"));
        }
    }

    @Nested
    class Update {

        @Test
        void shouldAnswer412WhenIfMatchIsStale() throws Exception {
            when(points.describe(eq("sp-bank-rcb-fenkou"), any(), eq(2L))).thenThrow(new StaleVersionException("2", "3"));

            mvc.perform(put("/api/registry/service-points/sp-bank-rcb-fenkou").with(WebFixtures.admin()).header("If-Match", "\"2\"")
                            .contentType(MediaType.APPLICATION_JSON).content(BANK))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.current").value("3"));
        }

        @Test
        void shouldPassReasonAndActorWhenStatusChanges() throws Exception {
            when(points.changeStatus("sp-bank-rcb-fenkou", ServicePointStatus.SUSPENDED, "renovation", "admin", null))
                    .thenReturn(ServicePointFixtures.suspended(bank()));

            mvc.perform(post("/api/registry/service-points/sp-bank-rcb-fenkou/status").with(WebFixtures.admin())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SUSPENDED\",\"reason\":\"renovation\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SUSPENDED"));
        }

        @Test
        void shouldAnswer400WhenStatusChangeHasNoReason() throws Exception {
            mvc.perform(post("/api/registry/service-points/sp-bank-rcb-fenkou/status").with(WebFixtures.admin())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SUSPENDED\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
        }
    }

    @Nested
    class ListPoints {

        @Test
        void shouldPassFiltersAndAnswerASliceWhenListed() throws Exception {
            when(points.list(new ServicePointFilter(ServicePointType.BANK_BRANCH, null, "330127"), PageRequest.of(1, 5)))
                    .thenReturn(new SliceImpl<>(List.of(bank()), PageRequest.of(1, 5), true));

            mvc.perform(get("/api/registry/service-points?type=BANK_BRANCH&areaCode=330127&page=1&size=5").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].id").value("sp-bank-rcb-fenkou"))
                    .andExpect(jsonPath("$.page").value(1))
                    .andExpect(jsonPath("$.hasNext").value(true))
                    .andExpect(jsonPath("$.total").doesNotExist());
            verify(points).list(new ServicePointFilter(ServicePointType.BANK_BRANCH, null, "330127"), PageRequest.of(1, 5));
        }

        @Test
        void shouldAnswer400WhenPageSizeIsTooLarge() throws Exception {
            mvc.perform(get("/api/registry/service-points?size=1000").with(WebFixtures.clerk("sp-x")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
        }
    }
}
