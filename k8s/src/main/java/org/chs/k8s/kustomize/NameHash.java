package org.chs.k8s.kustomize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content hash kustomize appends to generated ConfigMap and Secret names, reproduced bit for bit so that the
 * names we validate are the names kubectl applies.
 *
 * <p>kustomize hashes Go's {@code json.Marshal} of {kind, name, data[, binaryData]} (Secrets add type). Its field
 * lookup of {@code metadata/name} misses, so the name is always hashed as the empty string: identical data yields
 * the same suffix under any name. Verified against kustomize v5.5.0 (see NameHashTest).
 */
public final class NameHash {

    private NameHash() {
    }

    public static String configMap(Map<String, String> data, Map<String, String> binaryData) {
        Map<String, Object> encoded = new TreeMap<>();
        encoded.put("kind", "ConfigMap");
        encoded.put("name", "");
        encoded.put("data", new TreeMap<>(data));
        if (binaryData != null && !binaryData.isEmpty()) {
            encoded.put("binaryData", new TreeMap<>(binaryData));
        }
        return encode(goJson(encoded));
    }

    /** @param data the Secret's data, values already base64-encoded as they appear in the object */
    public static String secret(Map<String, String> data, String type) {
        Map<String, Object> encoded = new TreeMap<>();
        encoded.put("kind", "Secret");
        encoded.put("name", "");
        encoded.put("type", type);
        encoded.put("data", new TreeMap<>(data));
        return encode(goJson(encoded));
    }

    private static String encode(String json) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory on every JVM", e);
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            hex.append(String.format("%02x", digest[i]));
        }
        // Same substitution as kustomize: no vowels or vowel-like digits, so no words appear in names.
        char[] chars = hex.toString().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '0' -> 'g';
                case '1' -> 'h';
                case '3' -> 'k';
                case 'a' -> 'm';
                case 'e' -> 't';
                default -> chars[i];
            };
        }
        return new String(chars);
    }

    /** Go's encoding/json output for nested sorted maps of strings, including its HTML-safe escaping. */
    @SuppressWarnings("unchecked")
    static String goJson(Object value) {
        StringBuilder out = new StringBuilder();
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : new TreeMap<>((Map<String, Object>) map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(goString(entry.getKey())).append(':').append(goJson(entry.getValue()));
            }
            return out.append('}').toString();
        }
        return goString(String.valueOf(value));
    }

    private static String goString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
