package org.chs.settlement.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.chs.platform.handling.AuthorisationSource;
import org.chs.platform.handling.Channel;
import org.chs.platform.handling.HandlingRecord;

/** Handlings of the daily list, completed at given minutes of 15 May 2026 at one point. */
public final class HandlingFixtures {

    public static final String POINT = "sp-fenkou-township";
    public static final LocalDate DAY = LocalDate.of(2026, 5, 15);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private HandlingFixtures() {
    }

    /** A counter handling completed {@code minute} minutes after 09:00 local time. */
    public static HandlingRecord completedAtMinute(String id, String itemCode, int minute) {
        Instant completed = DAY.atTime(9, 0).atZone(ZONE).toInstant().plusSeconds(60L * minute);
        return new HandlingRecord(id, itemCode, "异地就医备案", true, POINT, "clerk-township", Channel.COUNTER, completed.minusSeconds(900),
                completed.minusSeconds(300), completed, DAY, "psn-1", HandlingRecord.COMPLETED, AuthorisationSource.LIVE, false, 7,
                "hash-" + id, "汾口镇便民服务中心医保服务点");
    }

    public static LoggedHandling filing(String id, int minute) {
        return new LoggedHandling(completedAtMinute(id, "FIL-01", minute), HandlingBusiness.FILING, "fil-" + id);
    }

    public static LoggedHandling reimbursement(String id, int minute) {
        return new LoggedHandling(completedAtMinute(id, "RMB-01", minute), HandlingBusiness.MANUAL_REIMBURSEMENT, "stl-" + id);
    }
}
