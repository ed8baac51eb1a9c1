package cn.gov.huiji.fourlists.kernel.security;

/** Realm roles of the Keycloak realm {@code fourlists}, as the law names the actors (Art. 24, 26, 29). */
public final class Roles {
    /** 科室经办人 — a section's clerk. */
    public static final String CLERK = "clerk";
    /** 科室负责人 — head of a section, first responsible for its lists (Art. 24). */
    public static final String SECTION_HEAD = "section-head";
    /** 法制科 — the legal section, which leads the regime (Art. 24). */
    public static final String LEGAL = "legal";
    /** 局领导 — the bureau's leaders (Art. 26(3)). */
    public static final String LEADER = "leader";
    /** 区政务服务改革管理办公室 — the district office (Art. 6, 26(4)). */
    public static final String DISTRICT_OFFICE = "district-office";
    /** 纪检组 — the discipline group (Art. 29). */
    public static final String DISCIPLINE = "discipline";
    /** 投诉处理人员 — complaint handlers (Art. 9, 30). */
    public static final String COMPLAINT_HANDLER = "complaint-handler";
    /** 审计人员 — reads the trace log. */
    public static final String AUDITOR = "auditor";
    /** 系统管理员. */
    public static final String ADMIN = "admin";
    /** Other bureaus' systems (service accounts). */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
