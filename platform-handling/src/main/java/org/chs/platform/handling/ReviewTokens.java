package org.chs.platform.handling;

import java.security.SecureRandom;
import java.util.Base64;

import org.chs.contracts.ReviewTokenHash;

/**
 * 好差评 review tokens: a random secret handed to the citizen (QR code or link) after each handling; only its hash
 * ({@link ReviewTokenHash}, part of the {@code handling.completed.v1} contract) leaves the service, so evaluation can match a
 * review to the handling without anyone else being able to review in its name.
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
}
