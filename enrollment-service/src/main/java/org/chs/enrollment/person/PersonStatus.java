package org.chs.enrollment.person;

import java.util.EnumSet;
import java.util.Set;

/** 参保状态 — the enrolment status of an insured person; the transitions allowed are listed here and guarded by the aggregate. */
public enum PersonStatus {
    /** 参保缴费/正常 — enrolled, benefits possible. */
    ACTIVE,
    /** 暂停参保 — suspended (e.g. contributions interrupted); may be resumed. */
    SUSPENDED,
    /** 终止参保 — terminated; may be re-activated at the same record (re-enrolment). */
    TERMINATED,
    /** 转出 — the insurance relationship moved to another pooling region; comes back by a resume (transfer in). */
    TRANSFERRED_OUT,
    /** 死亡 — final. */
    DECEASED;

    public Set<PersonStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED, TRANSFERRED_OUT, DECEASED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED, TRANSFERRED_OUT, DECEASED);
            case TERMINATED, TRANSFERRED_OUT -> EnumSet.of(ACTIVE, DECEASED);
            case DECEASED -> EnumSet.noneOf(PersonStatus.class);
        };
    }

    public boolean canBecome(PersonStatus target) {
        return next().contains(target);
    }
}
