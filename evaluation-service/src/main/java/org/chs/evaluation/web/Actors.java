package org.chs.evaluation.web;

import org.chs.evaluation.shared.Actor;
import org.chs.platform.web.Caller;
import org.chs.platform.web.Roles;

/** Turns the token's caller into the features' {@link Actor}. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(Caller caller) {
        return new Actor(caller.name(), caller.hasRole(Roles.AGENCY_ADMIN), caller.hasRole(Roles.SITE_EVALUATOR),
                caller.hasRole(Roles.COUNTER_CLERK), caller.servicePointId());
    }
}
