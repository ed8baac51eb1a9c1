package cn.gov.huiji.fourlists.complaint.domain;

/** How a case came in: online by the public, or recorded by a complaint handler (Art. 28). */
public enum IntakeChannel {
    ONLINE, PHONE, FAX, LETTER, VISIT, EMAIL
}
