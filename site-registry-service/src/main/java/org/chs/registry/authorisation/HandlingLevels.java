package org.chs.registry.authorisation;

import org.chs.registry.catalogue.HandlingLevel;
import org.chs.registry.servicepoint.ServicePointType;

/** 网点办理层级 — the catalogue level a point handles at, from its type: a point may handle exactly the items of its level. */
public final class HandlingLevels {

    private HandlingLevels() {
    }

    public static HandlingLevel of(ServicePointType type) {
        return switch (type) {
            case COUNTY_HALL -> HandlingLevel.COUNTY;
            case TOWNSHIP_STATION -> HandlingLevel.TOWNSHIP;
            case VILLAGE_STATION, COMMUNITY_STATION -> HandlingLevel.VILLAGE;
            case BANK_BRANCH -> HandlingLevel.BANK;
            case HOSPITAL_WINDOW -> HandlingLevel.HOSPITAL;
        };
    }
}
