package org.chs.enrollment.person;

/**
 * 家庭关系 — a link from an insured person to a relative's record, e.g. a newborn to the parent it was enrolled under.
 *
 * @param relation {@code PARENT}: the linked person is this person's parent
 * @param personId the relative's person id
 */
public record HouseholdLink(Relation relation, String personId) {

    /** How the linked person is related to this one. */
    public enum Relation {
        PARENT, GUARDIAN
    }
}
