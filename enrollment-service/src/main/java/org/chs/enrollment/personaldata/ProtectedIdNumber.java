package org.chs.enrollment.personaldata;

/**
 * A resident ID number as it is stored: encrypted, with a keyed blind index for lookups and a masked form for display.
 *
 * @param cipherText {@code v1:} + base64 of IV and AES-GCM cipher text; a different value every time the same number is encrypted
 * @param blindIndex HMAC-SHA256 of the number under the blind-index key, hex; equal numbers give equal indexes
 * @param masked     {@code 330127********123X}
 */
public record ProtectedIdNumber(String cipherText, String blindIndex, String masked) {
}
