package org.chs.registry.web;

import org.chs.registry.shared.InvalidFieldsException;

/** 实体标签 — how this service writes and reads the {@code ETag} / {@code If-Match} of an aggregate's {@code @Version}. */
public final class Etags {

    private Etags() {
    }

    /** {@code "3"} for version 3. */
    public static String of(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** {@code "v5"} for catalogue version 5: the ETag of everything answered from one catalogue version. */
    public static String ofCatalogue(int version) {
        return "\"v" + version + "\"";
    }

    /**
     * {@code "v5-p2"} for catalogue version 5 and point version 2: the ETag of an answer about one service point, which changes
     * with the catalogue and with the point (its name, its status).
     */
    public static String ofPointUnderCatalogue(int catalogueVersion, long pointVersion) {
        return "\"v" + catalogueVersion + "-p" + pointVersion + "\"";
    }

    /** The catalogue version in an {@code If-Match} header ({@code "v5"}), or {@code null} when absent or {@code *}. */
    public static Integer catalogueVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim().replace("W/", "").replace("\"", "");
        if (!value.matches("v\\d{1,9}")) {
            throw InvalidFieldsException.of("If-Match", "etag", "If-Match must be a catalogue ETag this service sent, e.g. \"v5\"");
        }
        return Integer.parseInt(value.substring(1));
    }

    /** Whether an {@code If-None-Match} header names this ETag (or is {@code *}). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*") || value.equals(etag) || value.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** The version in an {@code If-Match} header, or {@code null} when the header is absent or {@code *}. */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidFieldsException.of("If-Match", "etag", "If-Match must be an ETag this service sent, e.g. \"3\"");
        }
    }
}
