package org.chs.enrollment.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.chs.enrollment.personaldata.IdNumber;
import org.chs.enrollment.personaldata.IdNumberFixtures;
import org.chs.enrollment.personaldata.ProtectedIdNumber;
import org.chs.platform.handling.Authorisation;
import org.chs.platform.handling.AuthorisationSource;
import org.chs.platform.handling.Channel;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.handling.OpenHandling;

/** Persons and handlings for aggregate tests. */
final class PersonFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-05-15T02:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    private PersonFixtures() {
    }

    static HandlingRecord handling(String itemCode) {
        return open(itemCode).complete(null, NOW, ZONE);
    }

    static OpenHandling open(String itemCode) {
        return new OpenHandling("hdl-" + UUID.randomUUID(), itemCode, "sp-chunan-county-hall", "clerk-county", Channel.COUNTER,
                NOW.minusSeconds(900), NOW.minusSeconds(300), new Authorisation("sp-chunan-county-hall", itemCode, true, null, null, true,
                7, AuthorisationSource.LIVE, false, NOW, "淳安县行政服务中心医保窗口"), "review-token");
    }

    static InsuredPerson resident() {
        return resident(LocalDate.of(2026, 1, 1));
    }

    static InsuredPerson resident(LocalDate coverageStart) {
        IdNumber id = IdNumber.parse(IdNumberFixtures.adult(), TODAY);
        return InsuredPerson.enrol(new InsuredPerson.Facts(new ProtectedIdNumber("v1:x", "blind", id.masked()), "张三", id.sex(),
                id.birthDate(), Scheme.URBAN_RURAL_RESIDENT, "330127", null, coverageStart, false, null), handling("ENR-02"));
    }

    static InsuredPerson newborn(LocalDate birthDate) {
        IdNumber id = IdNumber.parse(IdNumberFixtures.valid("330127", birthDate, 12), TODAY);
        return InsuredPerson.enrol(new InsuredPerson.Facts(new ProtectedIdNumber("v1:y", "blind-2", id.masked()), "小明", id.sex(),
                id.birthDate(), Scheme.URBAN_RURAL_RESIDENT, "330127", null, birthDate, true,
                new HouseholdLink(HouseholdLink.Relation.PARENT, "psn-parent")), handling("ENR-03"));
    }
}
