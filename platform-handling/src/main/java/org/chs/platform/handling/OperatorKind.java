package org.chs.platform.handling;

/** Who does the handling: a clerk at a counter (窗口经办人员), a partner bank's system, or a hospital's system. */
public enum OperatorKind {
    CLERK, BANK, HOSPITAL
}
