package cn.gov.huiji.fourlists.complaint.domain;

/** What a case is about (R-CMP-2). */
public enum SubjectKind {
    /** A list item, by its code (事项) */
    ITEM,
    /** A section of the bureau (科室) */
    SECTION,
    /** An enforcement officer, by certificate number (执法人员) */
    OFFICER,
    /** How the lists are made and run (清单的制定和运行) */
    LISTS,
    /** Anything else, in free text */
    OTHER
}
