package org.chs.enrollment.personaldata;

/** 性别 — sex as encoded in the 17th character of a resident identity number (odd male, even female). */
public enum Sex {
    MALE, FEMALE
}
