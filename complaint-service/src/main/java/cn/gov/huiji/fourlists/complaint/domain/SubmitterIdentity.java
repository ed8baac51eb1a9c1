package cn.gov.huiji.fourlists.complaint.domain;

/** Who submitted a named case (R-CMP-3): kept sealed apart from the case, shown only to a handler with a reason. */
public record SubmitterIdentity(String name, String phone, String idNumber, String address, String email) {
}
