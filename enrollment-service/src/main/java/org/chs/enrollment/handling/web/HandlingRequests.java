package org.chs.enrollment.handling.web;

import org.chs.platform.handling.HandlingRequest;
import org.chs.platform.handling.Operator;
import org.chs.platform.handling.OperatorKind;
import org.chs.platform.web.Caller;
import org.chs.platform.web.Roles;

/** Turns the caller's token and the request's handling part into a {@link HandlingRequest} for an item. */
public final class HandlingRequests {

    private HandlingRequests() {
    }

    public static HandlingRequest of(Caller caller, HandlingInput input, String itemCode) {
        HandlingInput given = input == null ? HandlingInput.NONE : input;
        return new HandlingRequest(itemCode, operator(caller), given.servicePointId(), given.channel(), given.queuedAt(),
                given.startedAt());
    }

    static Operator operator(Caller caller) {
        OperatorKind kind = caller.hasRole(Roles.BANK_OPERATOR) ? OperatorKind.BANK
                : caller.hasRole(Roles.HOSPITAL_OPERATOR) ? OperatorKind.HOSPITAL : OperatorKind.CLERK;
        return new Operator(caller.name(), caller.clientId(), kind, caller.servicePointId());
    }
}
