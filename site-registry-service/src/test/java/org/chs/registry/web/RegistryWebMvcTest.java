package org.chs.registry.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.chs.platform.web.PlatformWebAutoConfiguration;
import org.chs.registry.config.SecurityConfig;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A web-slice test of this service's controllers with the real security chain (JWT resource server, method security, problem
 * details) and the platform's web conventions; services are mocked with {@code @MockitoBean}, tokens come from
 * {@code SecurityMockMvcRequestPostProcessors.jwt()} (see {@link WebFixtures}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(SecurityConfig.class)
@ImportAutoConfiguration(PlatformWebAutoConfiguration.class)
@TestPropertySource(properties = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/unused")
public @interface RegistryWebMvcTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
