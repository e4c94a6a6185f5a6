package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RealmJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (InputStream in = RealmJsonTest.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            assertThat(in).as(KeycloakServer.REALM_RESOURCE).isNotNull();
            realm = JSON.readTree(in);
        }
    }

    @Test
    void shouldKeepEveryDescriptionWithinKeycloaksColumnWhenTheRealmIsImported() {
        // Keycloak stores descriptions in a VARCHAR(255); a longer one makes the import, and so the whole stack, fail to start.
        List<String> tooLong = new ArrayList<>();
        collectLongDescriptions(realm, "realm", tooLong);
        assertThat(tooLong).isEmpty();
    }

    private static void collectLongDescriptions(JsonNode node, String path, List<String> tooLong) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("description") && field.getValue().isString()
                        && field.getValue().asString().length() > 255) {
                    tooLong.add(path + " (" + field.getValue().asString().length() + " characters)");
                }
                collectLongDescriptions(field.getValue(), path + "." + field.getKey(), tooLong);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLongDescriptions(node.get(i), path + "[" + i + "]", tooLong);
            }
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode client(String clientId) {
        return list(realm.path("clients")).stream().filter(c -> c.path("clientId").asString().equals(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static Optional<JsonNode> user(String username) {
        return list(realm.path("users")).stream().filter(u -> u.path("username").asString().equals(username))
                .findFirst();
    }

    private static Map<String, String> hardcodedClaims(JsonNode client) {
        Map<String, String> claims = new HashMap<>();
        for (JsonNode mapper : list(client.path("protocolMappers"))) {
            if (mapper.path("protocolMapper").asString().equals("oidc-hardcoded-claim-mapper")) {
                assertThat(mapper.path("config").path("access.token.claim").asString()).isEqualTo("true");
                claims.put(mapper.path("config").path("claim.name").asString(),
                        mapper.path("config").path("claim.value").asString());
            }
        }
        return claims;
    }

    @Nested
    class Realm {

        @Test
        void shouldBeTheLocalChsRealmWhenImported() {
            assertThat(realm.path("realm").asString()).isEqualTo("chs");
            assertThat(realm.path("enabled").asBoolean()).isTrue();
            assertThat(realm.path("sslRequired").asString()).isEqualTo("none");
            assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(900);
        }

        @Test
        void shouldNotDeclareClientScopesWhenRelyingOnKeycloaksBuiltInOnes() {
            // Declaring any clientScopes makes the import skip the built-in ones, and tokens lose realm_access.
            assertThat(realm.has("clientScopes")).isFalse();
            for (JsonNode client : list(realm.path("clients"))) {
                assertThat(list(client.path("defaultClientScopes")).stream().map(JsonNode::asString))
                        .as(client.path("clientId").asString())
                        .contains("roles", "basic");
            }
        }
    }

    @Nested
    class Roles {

        @ParameterizedTest
        @CsvSource({
                "counter-clerk, 窗口经办人员",
                "bank-operator, 合作银行网点",
                "hospital-operator, 定点医疗机构",
                "site-evaluator, 评估小组",
                "agency-admin, 医保局管理员",
                "auditor, 审计员"})
        void shouldDescribeEachRealmRoleWithItsChineseTermWhenDeclared(String role, String term) {
            JsonNode declared = list(realm.path("roles").path("realm")).stream()
                    .filter(r -> r.path("name").asString().equals(role)).findFirst()
                    .orElseThrow(() -> new AssertionError("no realm role " + role));
            assertThat(declared.path("description").asString()).contains(term);
        }

        @Test
        void shouldDeclareExactlyTheSixPlatformRolesWhenImported() {
            assertThat(list(realm.path("roles").path("realm")).stream().map(r -> r.path("name").asString()))
                    .containsExactlyInAnyOrder("counter-clerk", "bank-operator", "hospital-operator",
                            "site-evaluator", "agency-admin", "auditor");
        }
    }

    @Nested
    class DemoUsers {

        @ParameterizedTest
        @CsvSource({
                "clerk-county, counter-clerk, sp-chunan-county-hall",
                "clerk-township, counter-clerk, sp-fenkou-township",
                "clerk-village, counter-clerk, sp-fenkou-village",
                "clerk-hospital, counter-clerk, sp-hospital-chunan-first"})
        void shouldCarryTheServicePointWhenTheUserIsAClerk(String username, String role, String servicePoint) {
            JsonNode clerk = user(username).orElseThrow();
            assertThat(list(clerk.path("realmRoles")).stream().map(JsonNode::asString)).containsExactly(role);
            assertThat(list(clerk.path("attributes").path("service_point_id")).stream().map(JsonNode::asString))
                    .containsExactly(servicePoint);
        }

        @ParameterizedTest
        @CsvSource({
                "clerk-county, counter-clerk", "clerk-township, counter-clerk", "clerk-village, counter-clerk",
                "clerk-hospital, counter-clerk", "admin, agency-admin", "evaluator-1, site-evaluator", "evaluator-2, site-evaluator",
                "auditor, auditor"})
        void shouldLogInWithTheDemoPasswordWhenAPersonIsSeeded(String username, String role) {
            JsonNode person = user(username).orElseThrow(() -> new AssertionError("no user " + username));
            assertThat(person.path("enabled").asBoolean()).isTrue();
            assertThat(person.path("emailVerified").asBoolean()).isTrue();
            assertThat(person.path("firstName").asString()).isNotBlank();
            assertThat(person.path("lastName").asString()).isNotBlank();
            assertThat(list(person.path("realmRoles")).stream().map(JsonNode::asString)).containsExactly(role);
            JsonNode credential = person.path("credentials").get(0);
            assertThat(credential.path("type").asString()).isEqualTo("password");
            assertThat(credential.path("value").asString()).isEqualTo(Banner.DEMO_PASSWORD);
            assertThat(credential.path("temporary").asBoolean()).isFalse();
        }

        @Test
        void shouldDeclareServicePointInTheUserProfileWhenOnlyAdminsMayEditIt() {
            JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
            JsonNode profile = JSON.readTree(provider.path("config").path("kc.user.profile.config").get(0).asString());
            JsonNode attribute = list(profile.path("attributes")).stream()
                    .filter(a -> a.path("name").asString().equals("service_point_id")).findFirst()
                    .orElseThrow(() -> new AssertionError("service_point_id is not a managed attribute"));
            assertThat(list(attribute.path("permissions").path("edit")).stream().map(JsonNode::asString))
                    .containsExactly("admin");
            assertThat(list(profile.path("attributes")).stream().map(a -> a.path("name").asString()))
                    .contains("username", "email", "firstName", "lastName");
        }

        @ParameterizedTest
        @ValueSource(strings = {"chs-console", "chs-cli"})
        void shouldMapTheServicePointAttributeToAClaimWhenUsersLogInThroughClient(String clientId) {
            JsonNode mapper = list(client(clientId).path("protocolMappers")).stream()
                    .filter(m -> m.path("protocolMapper").asString().equals("oidc-usermodel-attribute-mapper"))
                    .findFirst().orElseThrow();
            assertThat(mapper.path("config").path("user.attribute").asString()).isEqualTo("service_point_id");
            assertThat(mapper.path("config").path("claim.name").asString()).isEqualTo("service_point_id");
            assertThat(mapper.path("config").path("access.token.claim").asString()).isEqualTo("true");
        }
    }

    @Nested
    class PartnerClients {

        @ParameterizedTest
        @CsvSource({
                "bank-icbc-qiandaohu, bank-operator, sp-bank-icbc-qiandaohu, ''",
                "bank-rcb-fenkou, bank-operator, sp-bank-rcb-fenkou, ''",
                "hospital-chunan-first, hospital-operator, sp-hospital-chunan-first, inst-chunan-first-peoples",
                "hospital-chunan-tcm, hospital-operator, sp-hospital-chunan-tcm, inst-chunan-tcm"})
        void shouldIssueServiceAccountTokensWithHardcodedClaimsWhenThePartnerUsesClientCredentials(String clientId,
                String role, String servicePoint, String institution) {
            JsonNode client = client(clientId);
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(client.path("secret").asString()).isEqualTo(clientId + "-secret");

            Map<String, String> expected = new HashMap<>(Map.of("service_point_id", servicePoint));
            if (!institution.isEmpty()) {
                expected.put("institution_id", institution);
            }
            assertThat(hardcodedClaims(client)).isEqualTo(expected);

            JsonNode serviceAccount = user("service-account-" + clientId).orElseThrow();
            assertThat(serviceAccount.path("serviceAccountClientId").asString()).isEqualTo(clientId);
            assertThat(list(serviceAccount.path("realmRoles")).stream().map(JsonNode::asString)).containsExactly(role);
        }

        @ParameterizedTest
        @CsvSource({
                "self-service-kiosk-fenkou, sp-fenkou-township, SELF_SERVICE",
                "online-hall, sp-chunan-county-hall, ONLINE"})
        void shouldNameTheHandlingChannelWhenASelfServiceOrOnlineClientUsesClientCredentials(String clientId, String servicePoint,
                                                                                            String channel) {
            JsonNode client = client(clientId);
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(client.path("secret").asString()).isEqualTo(clientId + "-secret");
            // the channel is a hardcoded claim of the client: no person's token carries it, so a clerk cannot pass counter work
            // off as self-service or online
            assertThat(hardcodedClaims(client)).isEqualTo(Map.of("service_point_id", servicePoint, "handling_channel", channel));
            JsonNode serviceAccount = user("service-account-" + clientId).orElseThrow();
            assertThat(list(serviceAccount.path("realmRoles")).stream().map(JsonNode::asString)).containsExactly("counter-clerk");
        }

        @Test
        void shouldCarryNoHandlingChannelWhenAPersonLogsIn() {
            for (String clientId : List.of("chs-console", "chs-cli")) {
                assertThat(hardcodedClaims(client(clientId))).as(clientId).doesNotContainKey("handling_channel");
            }
            list(realm.path("users")).forEach(user -> assertThat(user.path("attributes").has("handling_channel"))
                    .as(user.path("username").asString()).isFalse());
        }

        @Test
        void shouldListInTheBannerWhatTheRealmDeclaresWhenPrintingPartnerClients() {
            for (Banner.PartnerClient listed : Banner.PARTNER_CLIENTS) {
                Map<String, String> claims = hardcodedClaims(client(listed.clientId()));
                assertThat(claims.get("service_point_id")).isEqualTo(listed.servicePointId());
                assertThat(claims.getOrDefault("institution_id", "")).isEqualTo(listed.institutionId());
            }
            for (Banner.DemoLogin listed : Banner.DEMO_LOGINS) {
                JsonNode person = user(listed.username()).orElseThrow();
                assertThat(person.path("attributes").path("service_point_id").path(0).asString(""))
                        .isEqualTo(listed.servicePointId());
            }
        }
    }

    @Nested
    class ApplicationClients {

        @ParameterizedTest
        @ValueSource(strings = {"enrollment-service", "settlement-service", "evaluation-service",
                "site-registry-service"})
        void shouldUseClientCredentialsWithoutRealmRoleWhenAServiceCallsAnother(String clientId) {
            JsonNode client = client(clientId);
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(client.path("secret").asString()).isEqualTo(clientId + "-secret");
            assertThat(user("service-account-" + clientId).orElseThrow().path("realmRoles").size()).isZero();
        }

        @Test
        void shouldUseAuthorizationCodeWithPkceWhenTheWebConsoleLogsIn() {
            JsonNode console = client("chs-console");
            assertThat(console.path("publicClient").asBoolean()).isTrue();
            assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
            assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(console.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        }

        @Test
        void shouldReturnOnlyToTheConsoleWhenTheWebConsoleLogsInOrOut() {
            // The gateway serves the console at /console/ (local stack on 127.0.0.1 or localhost); the Vite dev server
            // serves it on 5173, and the local Kubernetes overlay's port-forward on localhost:8000 (k8s/README.md).
            List<String> consoles = List.of("http://127.0.0.1:8080/console/*", "http://localhost:8080/console/*",
                    "http://127.0.0.1:5173/console/*", "http://localhost:8000/console/*");
            JsonNode console = client("chs-console");
            assertThat(list(console.path("redirectUris")).stream().map(JsonNode::asString))
                    .containsExactlyElementsOf(consoles);
            assertThat(console.path("attributes").path("post.logout.redirect.uris").asString().split("##"))
                    .containsExactlyElementsOf(consoles);
            assertThat(list(console.path("webOrigins")).stream().map(JsonNode::asString)).containsExactly(
                    "http://127.0.0.1:8080", "http://localhost:8080", "http://127.0.0.1:5173", "http://localhost:8000");
            assertThat(console.path("baseUrl").asString()).isEqualTo("/console/");
        }

        @Test
        void shouldAllowOnlyThePasswordGrantAndSaySoWhenTheCliClientIsUsed() {
            JsonNode cli = client("chs-cli");
            assertThat(cli.path("publicClient").asBoolean()).isTrue();
            assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
            assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(cli.path("description").asString()).containsIgnoringCase("local demos and tests only");
        }

        @Test
        void shouldHaveUniqueClientIdsWhenImported() {
            List<String> ids = new ArrayList<>();
            list(realm.path("clients")).forEach(c -> ids.add(c.path("clientId").asString()));
            assertThat(ids).doesNotHaveDuplicates().hasSize(12);
        }
    }
}
