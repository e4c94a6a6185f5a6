package org.chs.localstack;

import java.util.List;

/** The text printed once the stack is up: where everything is, who can log in, and how to get a token. */
final class Banner {

    static final String DEMO_PASSWORD = ChsRealm.DEMO_PASSWORD;
    // An illustrative business call; any /api/<area>/** route of the gateway takes the same bearer token.
    static final String GATEWAY_EXAMPLE_PATH = "/api/registry/service-points";

    /** A person in the chs realm, as the banner lists it. */
    record DemoLogin(String username, String role, String servicePointId, String note) {
    }

    /** A partner's confidential client, as the banner lists it. */
    record PartnerClient(String clientId, String role, String servicePointId, String institutionId, String note) {
    }

    static final List<DemoLogin> DEMO_LOGINS = List.of(
            new DemoLogin("clerk-county", "counter-clerk", "sp-chunan-county-hall", "淳安县行政服务中心医保窗口"),
            new DemoLogin("clerk-township", "counter-clerk", "sp-fenkou-township", "汾口镇便民服务中心医保服务点"),
            new DemoLogin("clerk-village", "counter-clerk", "sp-fenkou-village", "汾口镇下辖村级医保服务站"),
            new DemoLogin("clerk-hospital", "counter-clerk", "sp-hospital-chunan-first", "淳安县第一人民医院医保窗口"),
            new DemoLogin("admin", "agency-admin", "", "医保局管理员"),
            new DemoLogin("evaluator-1", "site-evaluator", "", "评估小组"),
            new DemoLogin("evaluator-2", "site-evaluator", "", "评估小组"),
            new DemoLogin("auditor", "auditor", "", "审计员"));

    static final List<PartnerClient> PARTNER_CLIENTS = List.of(
            new PartnerClient("bank-icbc-qiandaohu", "bank-operator", "sp-bank-icbc-qiandaohu", "", "工商银行千岛湖支行"),
            new PartnerClient("bank-rcb-fenkou", "bank-operator", "sp-bank-rcb-fenkou", "", "淳安农商银行汾口支行"),
            new PartnerClient("hospital-chunan-first", "hospital-operator", "sp-hospital-chunan-first",
                    "inst-chunan-first-peoples", "淳安县第一人民医院"),
            new PartnerClient("hospital-chunan-tcm", "hospital-operator", "sp-hospital-chunan-tcm", "inst-chunan-tcm",
                    "淳安县中医院"),
            new PartnerClient("self-service-kiosk-fenkou", "counter-clerk", "sp-fenkou-township", "",
                    "汾口镇自助一体机 (SELF_SERVICE)"),
            new PartnerClient("online-hall", "counter-clerk", "sp-chunan-county-hall", "", "网上办事大厅 (ONLINE)"));

    private Banner() {
    }

    static String text(LocalStackOptions options, boolean brokerStartedHere) {
        Endpoints endpoints = options.endpoints();
        StringBuilder b = new StringBuilder();
        String rule = "=".repeat(100);
        line(b, rule);
        line(b, " CHS local stack is up" + (options.startApplications() ? "" : " (infrastructure only: --no-apps)"));
        line(b, rule);
        if (options.startApplications()) {
            row(b, "Gateway", endpoints.applicationUrl(Application.GATEWAY).toString());
            row(b, "Web console", endpoints.applicationUrl(Application.GATEWAY) + "/console/   (log in as a demo user below)");
            row(b, "Swagger UI", endpoints.applicationUrl(Application.GATEWAY) + "/swagger-ui.html");
            for (Application application : Application.values()) {
                if (application.isService()) {
                    row(b, application.module(), endpoints.applicationUrl(application) + "   MongoDB database '"
                            + application.database().orElseThrow() + "'");
                }
            }
        }
        row(b, "Keycloak admin", endpoints.keycloakUrl() + "/admin   (master realm: " + KeycloakServer.ADMIN_USERNAME
                + " / " + KeycloakServer.ADMIN_PASSWORD + ")");
        row(b, "Issuer (realm chs)", endpoints.issuerUri().toString());
        row(b, "MongoDB (embedded)", endpoints.mongoUri("<database>") + "   data in " + options.dataDirectory());
        row(b, "RabbitMQ", endpoints.host() + ":" + endpoints.rabbitPort() + (brokerStartedHere
                ? "   started by this launcher; stopped again on Ctrl-C"
                : "   already running; left alone on Ctrl-C"));
        row(b, "Logs", options.logDirectory().toString());
        line(b, "");
        line(b, " Demo logins, realm chs, password '" + DEMO_PASSWORD + "' (token client: chs-cli; web console: chs-console)");
        for (DemoLogin login : DEMO_LOGINS) {
            line(b, String.format("   %-16s %-16s %-24s %s", login.username(), login.role(), login.servicePointId(),
                    login.note()));
        }
        line(b, " Partner clients, client credentials, secret '<client-id>-secret'");
        for (PartnerClient client : PARTNER_CLIENTS) {
            line(b, String.format("   %-22s %-18s %-26s %-27s %s", client.clientId(), client.role(),
                    client.servicePointId(), client.institutionId(), client.note()));
        }
        line(b, " Service clients, client credentials, secret '<client-id>-secret': enrollment-service, "
                + "settlement-service, evaluation-service, site-registry-service");
        line(b, "");
        line(b, " Get a token (chs-cli allows the password grant for local demos and tests only):");
        line(b, "   curl -s -d grant_type=password -d client_id=chs-cli -d username=clerk-county -d password="
                + DEMO_PASSWORD + " " + endpoints.tokenUri());
        line(b, " Call the gateway with it:");
        line(b, "   TOKEN=$(curl -s -d grant_type=password -d client_id=chs-cli -d username=clerk-county -d password="
                + DEMO_PASSWORD + " " + endpoints.tokenUri() + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        line(b, "   curl -i -H \"Authorization: Bearer $TOKEN\" " + endpoints.applicationUrl(Application.GATEWAY)
                + GATEWAY_EXAMPLE_PATH);
        line(b, " A bank's token: curl -s -d grant_type=client_credentials -d client_id=bank-icbc-qiandaohu "
                + "-d client_secret=bank-icbc-qiandaohu-secret " + endpoints.tokenUri());
        line(b, rule);
        line(b, " Ctrl-C stops everything this launcher started.");
        return b.toString();
    }

    private static void row(StringBuilder b, String label, String value) {
        line(b, String.format(" %-22s %s", label, value));
    }

    private static void line(StringBuilder b, String text) {
        b.append(text).append(System.lineSeparator());
    }
}
