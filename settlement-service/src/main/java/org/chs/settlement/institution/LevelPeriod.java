package org.chs.settlement.institution;

import java.time.LocalDate;

import org.chs.settlement.policy.HospitalLevel;

/**
 * 医院等级评定 — one entry of an institution's level history: the institution holds {@code level} from {@code effectiveFrom}
 * until the next entry's date (or for good, if it is the last).
 */
public record LevelPeriod(HospitalLevel level, LocalDate effectiveFrom) {
}
