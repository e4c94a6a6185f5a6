package org.chs.platform.web;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the request id ({@code X-Request-Id}, MDC {@code requestId}) on every log line of a request, as {@code [<id>]}, so
 * that the trace id a caller quotes from a problem finds the service's lines too. A service may set its own
 * {@code logging.pattern.correlation}; structured (JSON) logging carries the MDC anyway.
 */
public final class LoggingDefaults implements EnvironmentPostProcessor {

    static final String CORRELATION = "%replace([%X{" + RequestIdFilter.MDC_KEY + "}] ){'\\[\\] ', ''}";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("chs-platform-web-logging",
                Map.of("logging.pattern.correlation", CORRELATION)));
    }
}
