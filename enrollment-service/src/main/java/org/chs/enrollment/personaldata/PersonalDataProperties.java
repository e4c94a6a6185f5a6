package org.chs.enrollment.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys that protect resident ID numbers ({@code chs.personal-data.*}). Production must set both from a secret
 * ({@code CHS_PERSONAL_DATA_ENCRYPTION_KEY}, {@code CHS_PERSONAL_DATA_BLIND_INDEX_KEY}); without them the service runs on
 * public development keys and says so loudly at startup.
 *
 * @param encryptionKey base64 of 32 random bytes: the AES-256-GCM key the numbers are encrypted with
 * @param blindIndexKey base64 of 32 random bytes: the HMAC-SHA256 key of the blind index numbers are looked up by
 */
@ConfigurationProperties("chs.personal-data")
public record PersonalDataProperties(String encryptionKey, String blindIndexKey) {
}
