package org.chs.gateway.limits;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the gateway passes on ({@code chs.gateway.limits.*}); larger ones are answered 413 here.
 *
 * @param maxBodySize    the limit of every route unless {@code bodySizeLimits} names another
 * @param bodySizeLimits other limits for the paths that match a pattern, e.g. a CSV import
 */
@ConfigurationProperties("chs.gateway.limits")
public record RequestLimitsProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue List<BodySizeLimit> bodySizeLimits) {

    /**
     * @param path    a path pattern, e.g. {@code /api/settlement/catalogues/*}{@code /imports}
     * @param maxSize the largest body there
     */
    public record BodySizeLimit(String path, DataSize maxSize) {
    }
}
