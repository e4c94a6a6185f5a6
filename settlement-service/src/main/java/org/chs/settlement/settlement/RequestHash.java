package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a settlement request: a replay under the same bill number must carry the same one. Numbers are
 * normalised ({@code 2} and {@code 2.00} are the same quantity), so only a real change of the bill counts as a different body.
 */
final class RequestHash {

    private RequestHash() {
    }

    static String of(SettleBill c) {
        StringBuilder canonical = new StringBuilder()
                .append(c.mode()).append('|').append(c.institutionId()).append('|').append(c.billNumber()).append('|')
                .append(c.idNumber().toUpperCase()).append('|').append(c.admissionDate()).append('|').append(c.dischargeDate()).append('|')
                .append(c.visitType()).append('|').append(c.diseaseCode()).append('|').append(c.hospitalLevel()).append('|')
                .append(c.emergency()).append('|').append(c.treatmentRegion());
        for (BillLine line : c.lines()) {
            canonical.append('\n').append(line.itemCode()).append('|').append(plain(line.quantity())).append('|')
                    .append(plain(line.unitPrice())).append('|').append(line.serviceDate());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
