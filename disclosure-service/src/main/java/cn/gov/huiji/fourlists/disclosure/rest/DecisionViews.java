package cn.gov.huiji.fourlists.disclosure.rest;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureState;
import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.LicenceCategory;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What staff and the sending systems read of a decision. Certificate numbers appear only masked (…Masked): the full
 * numbers stay sealed in the service and are in no answer (Art. 8).
 */
public final class DecisionViews {

    private DecisionViews() {
    }

    @Schema(name = "DecisionSummary", description = "A decision in the staff list (决定列表)")
    public record Summary(UUID id, DecisionKind kind, @Schema(examples = "行政处罚") String kindZh, DisclosureState state,
                          @Schema(examples = "待公示") String stateZh, int version,
                          @Schema(examples = "惠安监罚〔2025〕18号") String documentNo, LocalDate decisionDate,
                          String partyName, PartyCategory partyCategory, String partyCreditCode, String itemCode,
                          @Schema(description = "Public by this day: decision date + 7 working days (公示期限)") LocalDate dueDate,
                          @Schema(examples = "cal-r1") String calendarVersion,
                          @Schema(description = "Still not public after the due date (逾期)") boolean overdue,
                          @Schema(description = "公示截止期: out of public view from this day") LocalDate disclosureEnd) {

        public static Summary of(Decision d, LocalDate today) {
            return new Summary(d.id, d.kind, d.kind.nameZh, d.state, d.state.nameZh, d.version, d.documentNo, d.decisionDate,
                    d.partyName, d.partyCategory, d.partyCreditCode, d.itemCode, d.dueDate, d.calendarVersion, d.overdueOn(today),
                    d.disclosureEnd);
        }
    }

    @Schema(name = "DecisionVersion", description = "One version of a decision as received or corrected: who, when, why "
            + "(决定版本). XK_* fields for licensing, CF_* fields for penalties; numbers masked.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(int version, OffsetDateTime recordedAt, String recordedBy,
                              @Schema(description = "Why it was corrected (更正理由); absent for the version received") String reason,
                              String partyName, PartyCategory partyCategory, String partyCreditCode, String legalRepresentative,
                              IdType legalRepresentativeIdType,
                              @Schema(examples = "4101**********1234") String legalRepresentativeIdNumberMasked,
                              IdType personIdType,
                              @Schema(examples = "4101**********1234") String personIdNumberMasked,
                              String documentName, String documentNo, String content, LocalDate decisionDate, String itemCode,
                              @Schema(description = "The version of the list item in force on the decision date") int itemVersion,
                              String remarks, LicenceCategory licenceCategory, String certificateName, String licenceNo,
                              LocalDate validFrom, LocalDate validTo, String violationType, String facts, String basis,
                              List<PenaltyKind> penaltyKinds, BigDecimal fineYuan, BigDecimal confiscatedYuan,
                              String licenceSuspendedOrRevoked, LocalDate validUntil, Severity severity) {

        public static VersionView of(DecisionVersion v) {
            return new VersionView(v.version, v.recordedAt, v.recordedBy, v.reason, v.partyName, v.partyCategory,
                    v.partyCreditCode, v.legalRepresentative, v.legalRepresentativeIdType, v.legalRepresentativeIdMasked,
                    v.personIdType, v.personIdMasked, v.documentName, v.documentNo, v.content, v.decisionDate, v.itemCode,
                    v.itemVersion, v.remarks, v.licenceCategory, v.certificateName, v.licenceNo, v.validFrom, v.validTo,
                    v.violationType, v.facts, v.basis, v.penaltyKindNames == null ? null : v.penaltyKinds(), v.fineYuan,
                    v.confiscatedYuan, v.licenceSuspendedOrRevoked, v.validUntil, v.severity);
        }
    }

    @Schema(name = "DecisionStep", description = "A step taken on a decision, with who and why (办理记录)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(@Schema(examples = "CANCEL") String action, DisclosureState fromState, DisclosureState toState,
                           int version, String reason, String actor, OffsetDateTime at) {
    }

    @Schema(name = "DecisionView", description = "A decision with its disclosure, its current version and every earlier "
            + "one, and the steps taken (决定详情)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(UUID id, DecisionKind kind, @Schema(examples = "行政处罚") String kindZh, DisclosureState state,
                               @Schema(examples = "待公示") String stateZh, int version,
                               @Schema(description = "Public by this day: decision date + 7 working days (公示期限)") LocalDate dueDate,
                               @Schema(examples = "cal-r1") String calendarVersion,
                               @Schema(description = "Counted on weekdays only until the year's holiday notice is loaded") boolean dueProvisional,
                               @Schema(description = "Still not public after the due date (逾期)") boolean overdue,
                               @Schema(description = "公示截止期: out of public view from this day") LocalDate disclosureEnd,
                               OffsetDateTime receivedAt, String receivedBy, OffsetDateTime publishedAt, String publishedBy,
                               @Schema(description = "The bureau that decided (许可机关 / 处罚机关)", examples = "惠济区安全生产监督管理局")
                               String authority,
                               @Schema(examples = "114101080051883705") String authorityCreditCode,
                               VersionView current,
                               @Schema(description = "Every version, oldest first; the last is the current one") List<VersionView> versions,
                               @Schema(description = "The steps taken, oldest first") List<StepView> steps) {

        public static DecisionView of(Decision d, List<DecisionVersion> versions, List<StepView> steps, LocalDate today,
                                      String authority, String authorityCreditCode) {
            List<VersionView> all = versions.stream().map(VersionView::of).toList();
            VersionView current = all.stream().filter(v -> v.version() == d.version).findFirst().orElse(null);
            return new DecisionView(d.id, d.kind, d.kind.nameZh, d.state, d.state.nameZh, d.version, d.dueDate,
                    d.calendarVersion, WorkingDayCalendar.PROVISIONAL.equals(d.calendarVersion), d.overdueOn(today),
                    d.disclosureEnd, d.receivedAt, d.receivedBy, d.publishedAt, d.publishedBy, authority, authorityCreditCode,
                    current, all, steps);
        }
    }

    @Schema(name = "DecisionReasonInput", description = "The reason for 取消公示 or 恢复公示 (理由)")
    public record ReasonInput(@Schema(description = "Why (理由)", examples = "行政复议决定撤销原处罚决定", maxLength = 2000) String reason) {
    }
}
