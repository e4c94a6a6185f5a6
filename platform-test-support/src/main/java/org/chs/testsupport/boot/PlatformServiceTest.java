package org.chs.testsupport.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.chs.testsupport.infra.PlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full-application integration test of a service on a random port, against real MongoDB and RabbitMQ
 * ({@link PlatformInfrastructure}) and validating tokens from {@link org.chs.testsupport.jwt.TestTokens}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformInfrastructure.class)
@ContextConfiguration(initializers = TestTokensInitializer.class)
public @interface PlatformServiceTest {
}
