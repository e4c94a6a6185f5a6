package org.chs.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * 好差评凭证摘要 — the {@code reviewTokenHash} of {@link HandlingCompletedEvent}: the lowercase hex SHA-256 of the citizen's
 * review token's UTF-8 bytes. Producers (enrollment, settlement) publish it, evaluation checks a review's token against it;
 * being part of the contract, it is computed in one place.
 */
public final class ReviewTokenHash {

    private ReviewTokenHash() {
    }

    /** The hash a producer publishes for {@code token}: 64 lowercase hex characters. */
    public static String of(String token) {
        if (token == null) {
            throw new IllegalArgumentException("a review token is required");
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Whether {@code token} hashes to {@code expectedHex} (either case); {@code false} when either is missing. Compared in
     * constant time, so the response time does not reveal how much of a guessed token was right.
     */
    public static boolean matches(String token, String expectedHex) {
        if (token == null || expectedHex == null) {
            return false;
        }
        return MessageDigest.isEqual(of(token).getBytes(StandardCharsets.US_ASCII),
                expectedHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
