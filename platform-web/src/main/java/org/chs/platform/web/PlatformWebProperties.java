package org.chs.platform.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits every service applies to its input, and the settings of its idempotency keys and OpenAPI document
 * ({@code chs.web.*}).
 *
 * @param maxBodySize           the largest request body an operation takes, unless {@code bodySizeLimits} names a larger one
 * @param bodySizeLimits        larger (or smaller) limits for paths matching a pattern, e.g. a CSV import
 * @param maxPathVariableLength the longest value of a path variable ({@code {id}}, {@code {billNumber}}…)
 * @param maxQueryValueLength   the longest value of a query parameter
 * @param maxPageSize           the largest page a paged operation without its own {@link Paging#maxSize()} serves
 * @param idempotency           the {@code Idempotency-Key} settings
 * @param openapi               the service's OpenAPI description
 */
@ConfigurationProperties("chs.web")
public record PlatformWebProperties(@DefaultValue("1MB") DataSize maxBodySize,
                                    @DefaultValue List<BodySizeLimit> bodySizeLimits,
                                    @DefaultValue("100") int maxPathVariableLength,
                                    @DefaultValue("200") int maxQueryValueLength,
                                    @DefaultValue("100") int maxPageSize,
                                    @DefaultValue Idempotency idempotency,
                                    @DefaultValue OpenApi openapi) {

    /**
     * A body limit for the paths that match an Ant-style pattern.
     *
     * @param path    e.g. {@code /api/settlement/catalogues/*}{@code /imports}
     * @param maxSize the largest body there
     */
    public record BodySizeLimit(String path, DataSize maxSize) {
    }

    /**
     * @param retention       how long a key and its first answer are kept
     * @param inFlightTimeout after this, a claim whose request never finished (the instance stopped) may be taken over by a retry
     */
    public record Idempotency(@DefaultValue("24h") Duration retention, @DefaultValue("60s") Duration inFlightTimeout) {
    }

    /**
     * @param title       defaults to {@code spring.application.name}
     * @param version     the API's version
     * @param description what the service is for
     * @param gatewayUrl  the one server clients call: the gateway
     */
    public record OpenApi(String title, @DefaultValue("v1") String version, String description,
                          @DefaultValue("http://127.0.0.1:8080") String gatewayUrl) {
    }
}
