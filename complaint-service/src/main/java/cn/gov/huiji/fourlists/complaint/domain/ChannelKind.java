package cn.gov.huiji.fourlists.complaint.domain;

/** The ways the public can complain, as Art. 9 and 28 require them to be published. */
public enum ChannelKind {
    /** 投诉举报电话 */
    PHONE,
    /** 传真 */
    FAX,
    /** 通信地址 */
    POSTAL_ADDRESS,
    /** 电子信箱 */
    EMAIL,
    /** 网上投诉（政务服务网表单） */
    ONLINE_FORM
}
