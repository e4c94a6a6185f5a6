package org.chs.k8s.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a configuration key names a credential, by its words: {@code SPRING_RABBITMQ_PASSWORD},
 * {@code client-secret} and {@code blindIndexKey} do; {@code KEYCLOAK_ISSUER_URI} does not (KEYCLOAK is not KEY).
 */
public final class SecretLikeNames {

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "secret", "secrets",
            "token", "key", "apikey", "privatekey", "credential", "credentials", "passphrase");
    /** Credentials whose names do not say so, but which carry one (a MongoDB URI may embed user:password). */
    private static final Set<String> KNOWN_SECRET_ENV = Set.of("MONGODB_URI", "SPRING_RABBITMQ_USERNAME",
            "SPRING_RABBITMQ_PASSWORD");
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern URI_WITH_CREDENTIALS =
            Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@");

    private SecretLikeNames() {
    }

    public static boolean isSecretLike(String key) {
        return Arrays.stream(WORD_BREAK.split(key))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .anyMatch(SECRET_WORDS::contains);
    }

    /** Environment variables that must come from a Secret. */
    public static boolean isSecretEnv(String name) {
        return KNOWN_SECRET_ENV.contains(name) || isSecretLike(name);
    }

    public static boolean containsUriCredentials(String value) {
        return URI_WITH_CREDENTIALS.matcher(value).find();
    }
}
