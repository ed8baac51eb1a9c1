package cn.gov.huiji.fourlists.list.enforcement.service;

import java.time.LocalDate;

/**
 * Whether an enforcement certificate was valid on a day (Art. 19, R-LIST-9): its status on that day, the unit,
 * category and area it is for, and the reason in English and Chinese. Never a personal identity number.
 *
 * @param status   the status on {@code date} (VALID, REVOKED, SUSPENDED): the latest change dated on or before it
 * @param unitName the unit's name in the body register today (null only if the unit was never registered)
 */
public record CertificateCheck(String certificateNo, LocalDate date, boolean valid, String status, String statusZh,
                               String name, String unitCreditCode, String unitName, String category, String area,
                               LocalDate validFrom, LocalDate validTo, String reason, String reasonZh) {
}
