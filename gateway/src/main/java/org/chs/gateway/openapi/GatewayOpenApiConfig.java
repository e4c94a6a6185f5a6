package org.chs.gateway.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the gateway's own (nearly empty) document, so that nobody takes it for the platform's API. */
@Configuration(proxyBeanMethods = false)
public class GatewayOpenApiConfig {

    @Bean
    OpenAPI gatewayOpenApi() {
        return new OpenAPI().info(new Info()
                .title("CHS gateway")
                .version("1")
                .description("The gateway serves no business API of its own. The platform's API, merged from all services, "
                        + "is at " + PlatformApiDocsController.PATH + "; each service's own document is at "
                        + "/api/<area>/v3/api-docs."));
    }
}
