package org.chs.enrollment.person;

import org.chs.platform.handling.Channel;

/** 缴费渠道 — where a contribution was paid; receipt numbers are unique per channel. */
public enum ContributionChannel {
    COUNTER, BANK, ONLINE;

    /** Counter-like channels (windows, self-service terminals) issue counter receipts. */
    public static ContributionChannel of(Channel channel) {
        return switch (channel) {
            case BANK_API -> BANK;
            case ONLINE -> ONLINE;
            case COUNTER, HOSPITAL_WINDOW, SELF_SERVICE -> COUNTER;
        };
    }
}
