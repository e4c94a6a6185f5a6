package org.chs.platform.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.chs.platform.web.idempotency.IdempotencyInterceptor;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Every service's OpenAPI document the same way: a title, version and description from {@code chs.web.openapi.*}, the gateway
 * as the one server, bearer tokens, no internal parameters (the {@link CurrentCaller} argument comes from the token), and the
 * {@code Idempotency-Key} header on the operations that take one, and the realm roles each operation admits
 * ({@value DocumentedRoles#EXTENSION}, from its {@code @PreAuthorize}; absent: every authenticated caller, scope checked by the
 * use case).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
class PlatformOpenApiConfiguration {

    PlatformOpenApiConfiguration() {
        SpringDocUtils.getConfig().addAnnotationsToIgnore(CurrentCaller.class).addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(PlatformWebProperties properties, Environment environment) {
        PlatformWebProperties.OpenApi openapi = properties.openapi();
        String title = openapi.title() != null ? openapi.title() : environment.getProperty("spring.application.name", "CHS service");
        return new OpenAPI()
                .info(new Info().title(title).version(openapi.version()).description(openapi.description()))
                .servers(List.of(new Server().url(openapi.gatewayUrl()).description("the CHS gateway, the one entry for every client")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT").description("An access token of the chs Keycloak realm")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handlerMethod) -> {
            IdempotencyKey rule = ruleOf(handlerMethod);
            if (rule == null) {
                return operation;
            }
            String who = switch (rule.required()) {
                case ALWAYS -> "Required. ";
                case PARTNERS -> "Required from bank-operator and hospital-operator callers; optional for others. ";
                case OPTIONAL -> "Optional. ";
            };
            Parameter header = operation.getParameters() == null ? null : operation.getParameters().stream()
                    .filter(p -> "header".equals(p.getIn()) && IdempotencyInterceptor.HEADER.equalsIgnoreCase(p.getName()))
                    .findFirst().orElse(null);
            if (header == null) {
                header = new HeaderParameter().name(IdempotencyInterceptor.HEADER);
                operation.addParametersItem(header);
            }
            header.required(rule.required() == IdempotencyKey.Required.ALWAYS)
                    .schema(new StringSchema().minLength(8).maxLength(128).pattern(IdempotencyInterceptor.KEY.pattern()))
                    .description(who + IdempotencyInterceptor.KEY_RULE + ". A replay with the same request returns the first answer "
                            + "(header Idempotent-Replayed: true); the same key with another request is 422 idempotency-key-reused; "
                            + "while the first is running, 409 idempotency-key-in-flight.");
            return operation;
        };
    }

    /**
     * The roles from {@code @PreAuthorize}, so that clients and the end-to-end authorisation matrix read who may call an operation
     * from the document instead of a copy that would drift.
     */
    @Bean
    OperationCustomizer documentedRoles() {
        return (operation, handlerMethod) -> {
            DocumentedRoles.of(handlerMethod).ifPresent(roles -> operation.addExtension(DocumentedRoles.EXTENSION, roles));
            return operation;
        };
    }

    private static IdempotencyKey ruleOf(HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        boolean readOnly = mapping != null && mapping.method().length > 0 && Arrays.stream(mapping.method())
                .allMatch(m -> m == RequestMethod.GET || m == RequestMethod.HEAD);
        return IdempotencyInterceptor.ruleOf(handlerMethod, readOnly ? "GET" : "POST");
    }
}
