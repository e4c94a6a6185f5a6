package org.chs.enrollment.handling;

/** 事项编码 — the catalogue's item codes this service handles; the codes are fixed across services. */
public final class ItemCodes {

    /** 职工参保登记 — employee enrolment. */
    public static final String EMPLOYEE_ENROLMENT = "ENR-01";
    /** 城乡居民参保登记 — urban-rural resident enrolment. */
    public static final String RESIDENT_ENROLMENT = "ENR-02";
    /** 新生儿参保 — newborn enrolment. */
    public static final String NEWBORN_ENROLMENT = "ENR-03";
    /** 参保信息变更登记 — change of personal information. */
    public static final String INFORMATION_CHANGE = "CHG-01";
    /** 参保状态变更 — suspend, resume, terminate. */
    public static final String STATUS_CHANGE = "CHG-02";
    /** 参保缴费 — resident contribution payment. */
    public static final String CONTRIBUTION_PAYMENT = "PAY-01";
    /** 参保信息查询 — enrolment information query. */
    public static final String ENROLMENT_QUERY = "QRY-01";
    /** 个人权益记录打印 — personal rights record print. */
    public static final String RIGHTS_RECORD_PRINT = "QRY-02";
    /** 参保凭证打印 — enrolment certificate print. */
    public static final String CERTIFICATE_PRINT = "QRY-03";
    /** 医保关系转出 — transfer out. */
    public static final String TRANSFER_OUT = "TRF-01";
    /** 门诊慢特病待遇认定 — chronic/special outpatient disease qualification. */
    public static final String CHRONIC_DISEASE_QUALIFICATION = "CHR-01";

    private ItemCodes() {
    }
}
