package org.chs.settlement.eligibility.enrollment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How enrollment is called ({@code chs.enrollment.*}).
 *
 * @param url     base URL, {@code ENROLLMENT_URL}
 * @param timeout an answer later than this counts as a failure: the hospital is waiting at the cashier
 */
@ConfigurationProperties("chs.enrollment")
public record EnrollmentProperties(@DefaultValue("http://127.0.0.1:8081") String url, @DefaultValue("3s") Duration timeout) {
}
