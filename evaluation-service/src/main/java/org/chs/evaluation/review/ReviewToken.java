package org.chs.evaluation.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** 评价凭证 — checks a citizen's review token against the SHA-256 hash the handling event carried. */
final class ReviewToken {

    private ReviewToken() {
    }

    static String sha256Hex(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static boolean matches(String token, String expectedHex) {
        if (token == null || expectedHex == null) {
            return false;
        }
        // constant time, so response timing does not reveal how much of a guessed token was right
        return MessageDigest.isEqual(sha256Hex(token).getBytes(StandardCharsets.US_ASCII),
                expectedHex.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
