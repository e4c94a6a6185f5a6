package org.chs.gateway.openapi;

import java.util.List;

import org.chs.gateway.openapi.OpenApiMerger.ServiceDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMergerTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final OpenApiMerger merger = new OpenApiMerger();

    private ServiceDocument service(String id, String document) {
        return new ServiceDocument(id, json.readTree(document.replace('\'', '"')));
    }

    @Nested
    class Paths {

        @Test
        void shouldPutAllPathsSideBySideAndMarkTheirServiceWhenMerging() {
            ObjectNode merged = merger.merge(List.of(
                    service("enrollment-service", "{'openapi':'3.1.0','paths':{'/api/enrollment/persons':{'get':{}}}}"),
                    service("settlement-service", "{'openapi':'3.1.0','paths':{'/api/settlement/bills':{'post':{}}}}")),
                    List.of());

            assertThat(merged.path("paths").propertyNames()).containsExactly("/api/enrollment/persons", "/api/settlement/bills");
            assertThat(merged.at("/paths/~1api~1settlement~1bills/x-chs-service").asString()).isEqualTo("settlement-service");
            assertThat(merged.at("/servers/0/url").asString()).isEqualTo("/");
            assertThat(merged.path("openapi").asString()).isEqualTo("3.1.0");
            assertThat(merged.has("x-unavailable")).isFalse();
        }

        @Test
        void shouldKeepTheFirstAndReportTheConflictWhenTwoServicesClaimOnePath() {
            ObjectNode merged = merger.merge(List.of(
                    service("a", "{'paths':{'/api/x':{'get':{'operationId':'first'}}}}"),
                    service("b", "{'paths':{'/api/x':{'get':{'operationId':'second'}}}}")), List.of());

            assertThat(merged.at("/paths/~1api~1x/get/operationId").asString()).isEqualTo("first");
            assertThat(merged.at("/x-conflicting-paths/0").asString()).isEqualTo("/api/x (b)");
        }
    }

    @Nested
    class Components {

        @Test
        void shouldShareAComponentWhenServicesDefineItIdentically() {
            String problem = "{'components':{'schemas':{'Problem':{'type':'object'}}}}";
            ObjectNode merged = merger.merge(List.of(service("a", problem), service("b", problem)), List.of());

            assertThat(merged.at("/components/schemas").propertyNames()).containsExactly("Problem");
        }

        @Test
        void shouldRenameAndRewriteReferencesWhenServicesMeanDifferentThingsByOneName() {
            ObjectNode merged = merger.merge(List.of(
                    service("enrollment-service", """
                            {'paths':{'/api/enrollment/p':{'get':{'responses':{'200':{'content':{'application/json':
                              {'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},
                             'components':{'schemas':{'Page':{'properties':{'persons':{}}}}}}"""),
                    service("settlement-service", """
                            {'paths':{'/api/settlement/b':{'get':{'responses':{'200':{'content':{'application/json':
                              {'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},
                             'components':{'schemas':{'Page':{'properties':{'bills':{}}}}}}""")),
                    List.of());

            JsonNode schemas = merged.at("/components/schemas");
            assertThat(schemas.propertyNames()).containsExactlyInAnyOrder("Page", "settlement-service_Page");
            assertThat(schemas.at("/Page/properties").has("persons")).isTrue();
            assertThat(schemas.at("/settlement-service_Page/properties").has("bills")).isTrue();
            assertThat(merged.at("/paths/~1api~1enrollment~1p/get/responses/200/content/application~1json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/Page");
            assertThat(merged.at("/paths/~1api~1settlement~1b/get/responses/200/content/application~1json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/settlement-service_Page");
        }

        @Test
        void shouldAlsoRenameASchemaWhenOnlyWhatItRefersToDiffers() {
            // Both define Wrapper -> Item alike, but Item differs: after renaming Item, b's Wrapper differs too.
            ObjectNode merged = merger.merge(List.of(
                    service("a", "{'components':{'schemas':{'Wrapper':{'items':{'$ref':'#/components/schemas/Item'}},"
                            + "'Item':{'type':'string'}}}}"),
                    service("b", "{'components':{'schemas':{'Wrapper':{'items':{'$ref':'#/components/schemas/Item'}},"
                            + "'Item':{'type':'integer'}}}}")),
                    List.of());

            JsonNode schemas = merged.at("/components/schemas");
            assertThat(schemas.propertyNames()).containsExactlyInAnyOrder("Wrapper", "Item", "b_Wrapper", "b_Item");
            assertThat(schemas.at("/b_Wrapper/items/$ref").asString()).isEqualTo("#/components/schemas/b_Item");
            assertThat(schemas.at("/Wrapper/items/$ref").asString()).isEqualTo("#/components/schemas/Item");
        }

        @Test
        void shouldRewriteDiscriminatorMappingsWhenRenaming() {
            ObjectNode merged = merger.merge(List.of(
                    service("a", "{'components':{'schemas':{'Cat':{'type':'string'}}}}"),
                    service("b", "{'components':{'schemas':{'Cat':{'type':'object'},"
                            + "'Pet':{'discriminator':{'mapping':{'cat':'#/components/schemas/Cat'}}}}}}")),
                    List.of());

            assertThat(merged.at("/components/schemas/Pet/discriminator/mapping/cat").asString())
                    .isEqualTo("#/components/schemas/b_Cat");
        }

        @Test
        void shouldKeepOneSecuritySchemeWhenServicesDeclareTheSameName() {
            ObjectNode merged = merger.merge(List.of(
                    service("a", "{'security':[{'bearer':[]}],'components':{'securitySchemes':{'bearer':{'type':'http','scheme':'bearer'}}}}"),
                    service("b", "{'security':[{'bearer':[]}],'components':{'securitySchemes':{'bearer':{'type':'http','scheme':'bearer','bearerFormat':'JWT'}}}}")),
                    List.of());

            assertThat(merged.at("/components/securitySchemes").propertyNames()).containsExactly("bearer");
            assertThat(merged.path("security")).hasSize(1);
        }
    }

    @Nested
    class Unavailable {

        @Test
        void shouldNameMissingServicesWhenSomeCouldNotBeFetched() {
            ObjectNode merged = merger.merge(List.of(service("enrollment-service", "{'paths':{}}")),
                    List.of("evaluation-service"));

            assertThat(merged.at("/x-unavailable/0").asString()).isEqualTo("evaluation-service");
            assertThat(merged.at("/info/description").asString())
                    .contains("Included: enrollment-service")
                    .contains("Unavailable when this document was built (their paths are missing): evaluation-service");
        }

        @Test
        void shouldStillBeADocumentWhenNoServiceAnswered() {
            ObjectNode merged = merger.merge(List.of(), List.of("a", "b"));

            assertThat(merged.path("openapi").asString()).isEqualTo("3.1.0");
            assertThat(merged.path("paths").isEmpty()).isTrue();
            assertThat(merged.path("x-unavailable")).hasSize(2);
        }
    }
}
