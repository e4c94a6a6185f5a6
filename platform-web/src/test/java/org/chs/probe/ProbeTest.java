package org.chs.probe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The probe service on a random port, one application context for all probe tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "springdoc.api-docs.path=/api/probe/v3/api-docs", "spring.application.name=probe-service",
        "chs.web.openapi.description=A service in miniature", "chs.web.max-body-size=1KB",
        "chs.web.body-size-limits[0].path=/api/probe/echo", "chs.web.body-size-limits[0].max-size=8KB",
        "chs.web.idempotency.in-flight-timeout=2s"})
@ExtendWith(OutputCaptureExtension.class)
@interface ProbeTest {
}
