package org.chs.enrollment.handling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * 好差评 review tokens: a random secret handed to the citizen (QR code or link) after each handling; only its SHA-256 leaves
 * this service, so evaluation can match a review to the handling without anyone else being able to review in its name.
 */
public final class ReviewTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReviewTokens() {
    }

    /** 256 random bits, base64url without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lowercase hex SHA-256 of the token's UTF-8 bytes. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
