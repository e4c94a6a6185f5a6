package org.chs.enrollment.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/** The OpenAPI description: bearer tokens, and the {@code Idempotency-Key} header that a servlet filter (not a controller) reads. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI enrollmentOpenApi() {
        return new OpenAPI()
                .info(new Info().title("enrollment-service").version("v1").description("Insured persons (参保人) and the counter business "
                        + "on them; every business call is a handling (办件) authorised by the site-registry catalogue. See "
                        + "enrollment-service/README.md."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.hasMethodAnnotation(PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false).schema(new StringSchema()
                        .minLength(8).maxLength(128)).description("Required from bank-operator and hospital-operator callers on every POST "
                        + "that changes something (not on persons/lookups and eligibility-checks); optional for clerks. A replay returns "
                        + "the first response; the same key with another request is 422; while the first is running, 409. Kept 24 h."));
            }
            return operation;
        };
    }
}
