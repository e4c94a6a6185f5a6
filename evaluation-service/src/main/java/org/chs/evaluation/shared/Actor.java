package org.chs.evaluation.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * 操作人 — who asks for a use case, in domain words: the user name, whether they administer, evaluate or clerk, and the
 * clerk's service point. Built by the controllers from the token, so the features never see web types.
 *
 * @param name           user name
 * @param admin          agency administrator (医保局管理员)
 * @param evaluator      site evaluator (评估小组成员)
 * @param clerk          counter clerk (窗口经办人员)
 * @param servicePointId the clerk's service point
 */
public record Actor(String name, boolean admin, boolean evaluator, boolean clerk, Optional<String> servicePointId) {

    public Actor {
        Objects.requireNonNull(name, "name");
        servicePointId = servicePointId == null ? Optional.empty() : servicePointId;
    }

    public static Actor admin(String name) {
        return new Actor(name, true, false, false, Optional.empty());
    }

    public static Actor evaluator(String name) {
        return new Actor(name, false, true, false, Optional.empty());
    }

    public static Actor clerk(String name, String servicePointId) {
        return new Actor(name, false, false, true, Optional.of(servicePointId));
    }

    /** The system itself, acting on an event. */
    public static Actor system() {
        return new Actor("system", true, false, false, Optional.empty());
    }

    public boolean worksAt(String servicePoint) {
        return clerk && servicePointId.filter(servicePoint::equals).isPresent();
    }
}
