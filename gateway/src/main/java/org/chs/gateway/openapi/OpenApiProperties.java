package org.chs.gateway.openapi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the platform document is assembled ({@code chs.gateway.openapi.*}).
 *
 * @param timeout  how long to wait for one service's document before leaving it out
 * @param maxSize  the largest service document accepted
 */
@ConfigurationProperties("chs.gateway.openapi")
public record OpenApiProperties(@DefaultValue("3s") Duration timeout, @DefaultValue("4MB") DataSize maxSize) {
}
