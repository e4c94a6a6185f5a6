package org.chs.registry.servicepoint;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** 办公时间 — on these days of the week the point is open from {@code opens} to {@code closes} (local time, Asia/Shanghai). */
public record OpeningPeriod(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public OpeningPeriod {
        days = days == null ? Set.of() : Set.copyOf(days);
    }
}
