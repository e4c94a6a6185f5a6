package org.chs.enrollment.person;

/** From when a newborn is covered: the birth date (usual policy) or the day of enrolment. */
public enum CoverageStart {
    BIRTH_DATE, ENROLMENT_DATE
}
