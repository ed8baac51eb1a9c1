package cn.gov.huiji.fourlists.list.enforcement.rest;

import cn.gov.huiji.fourlists.list.enforcement.domain.Officer;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatus;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatusChange;
import cn.gov.huiji.fourlists.list.enforcement.service.CertificateValidity;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerRegister;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Schema(description = "An enforcement officer and their certificate as published (执法人员公示, Art. 19, R-LIST-9); never a "
        + "personal identity number")
public record OfficerView(
        @Schema(description = "执法证号", examples = "41010816001") String certificateNo,
        @Schema(description = "姓名", examples = "张明") String name,
        @Schema(description = "The unit the officer enforces for (所在单位)") Unit unit,
        @Schema(description = "执法类别", examples = "安全生产监管执法") String category,
        @Schema(description = "执法区域", examples = "惠济区") String area,
        @Schema(description = "发证机关", examples = "郑州市人民政府法制办公室") String issuingAuthority,
        @Schema(description = "有效期起 (inclusive)") LocalDate validFrom,
        @Schema(description = "有效期止 (inclusive)") LocalDate validTo,
        @Schema(description = "The status today (Beijing time): the latest change dated on or before today") OfficerStatus status,
        @Schema(description = "有效 | 注销 | 暂扣") String statusZh,
        @Schema(description = "The day the status today holds from (状态日期)") LocalDate statusDate,
        @Schema(description = "The reason of that change (状态变更原因)") String statusReason,
        @Schema(description = "Every status change in the order it took effect (状态变更记录)") List<StatusEntry> statusHistory) {

    @Schema(name = "OfficerUnit", description = "The officer's unit: a registered enforcement body (所在单位)")
    public record Unit(@Schema(description = "统一社会信用代码") String creditCode, @Schema(description = "单位名称") String name) {
    }

    @Schema(description = "One status change of a certificate (执法证状态变更)")
    public record StatusEntry(OfficerStatus status, String statusZh, @Schema(description = "The day it holds from") LocalDate date,
                              String reason, @Schema(description = "When it was recorded") OffsetDateTime recordedAt) {
        static StatusEntry of(OfficerStatusChange c) {
            return new StatusEntry(c.status, c.status.zh, c.date, c.reason, c.recordedAt);
        }
    }

    @Schema(name = "OfficerPage", description = "One page of the officer register (执法人员名录)")
    public record Page(List<OfficerView> items, int page, int size, long total) {
    }

    static OfficerView of(Officer o, String unitName, List<OfficerStatusChange> history, LocalDate today) {
        Optional<OfficerStatusChange> now = CertificateValidity.changeOn(OfficerRegister.changes(history), today)
                .flatMap(c -> history.stream().filter(h -> h.id == c.order()).findFirst());
        OfficerStatus status = now.map(c -> c.status).orElse(OfficerStatus.VALID);
        return new OfficerView(o.certificateNo, o.fields.name, new Unit(o.fields.unitCreditCode, unitName), o.fields.category,
                o.fields.area, o.fields.issuingAuthority, o.fields.validFrom, o.fields.validTo, status, status.zh,
                now.map(c -> c.date).orElse(null), now.map(c -> c.reason).orElse(null),
                history.stream().map(StatusEntry::of).toList());
    }
}
