package org.chs.settlement.catalogue;

import java.util.List;

/**
 * What a catalogue import did: how many lines it read and stored, and each rejected line with the field and rule it broke.
 * Valid lines are stored even when others are rejected, so a large file need not be perfect to be useful; the report says
 * exactly what to fix and resend.
 */
public record ImportReport(String region, int linesRead, int accepted, List<RejectedLine> rejected) {

    /** One rejected data line: its line number in the file (the header is line 1), the field and the rule. */
    public record RejectedLine(long line, String field, String rule, String message) {
    }
}
