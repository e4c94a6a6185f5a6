package org.chs.platform.web;

/** The realm roles of the {@code chs} Keycloak realm (ARCHITECTURE §7), as Spring authorities carry them without the prefix. */
public final class Roles {

    /** 窗口经办人员 — clerk at a county hall, township/village station or hospital window. */
    public static final String COUNTER_CLERK = "counter-clerk";
    /** 合作银行网点 — partner bank branch calling the API with client credentials. */
    public static final String BANK_OPERATOR = "bank-operator";
    /** 定点医疗机构 — designated hospital calling the API with client credentials. */
    public static final String HOSPITAL_OPERATOR = "hospital-operator";
    /** 评估小组成员 — member of the demonstration-site evaluation group. */
    public static final String SITE_EVALUATOR = "site-evaluator";
    /** 医保局管理员 — agency administrator. */
    public static final String AGENCY_ADMIN = "agency-admin";
    /** 审计员 — reads audit logs. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
