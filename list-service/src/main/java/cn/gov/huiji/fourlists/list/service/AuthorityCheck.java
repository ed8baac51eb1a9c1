package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 法无授权不可为 (Art. 4, R-LIST-6): does a published item in force give this body this power on this date?
 * Yes comes with the item, its version and its legal basis; no comes with the reason.
 */
@ApplicationScoped
public class AuthorityCheck {

    public record Answer(boolean authorized, String bodyCode, String power, LocalDate date, Grant grant,
                         String reason, String reasonZh) {
    }

    public record Grant(String code, String list, String name, String category, String implementingBody, int version,
                        OffsetDateTime validFrom, OffsetDateTime validTo, String legalBasisText,
                        List<ListItemContent.Citation> legalBasis) {
        static Grant of(ListItemVersion v) {
            ListItemContent c = v.fields.content;
            return new Grant(v.code, v.fields.list.name(), v.fields.name, v.fields.category,
                    c != null && c.implementingBody() != null ? c.implementingBody().name() : null, v.version, v.validFrom,
                    v.validTo, v.fields.legalBasis, c == null ? List.of() : c.legalBasis());
        }
    }

    private final ItemQueries queries;

    public AuthorityCheck(ItemQueries queries) {
        this.queries = queries;
    }

    public Answer check(String bodyCode, String power, LocalDate date) {
        if (bodyCode == null || bodyCode.isBlank()) {
            throw ProblemException.invalid("bodyCode", "required: the body's unified social credit code", "必填：实施主体的统一社会信用代码");
        }
        String body = bodyCode.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CreditCode.isValid(body)) {
            throw ProblemException.invalid("bodyCode", "not a valid unified social credit code (GB 32100)",
                    "不是有效的统一社会信用代码（GB 32100）");
        }
        if (power == null || power.isBlank()) {
            throw ProblemException.invalid("power", "required: an item code or an item name", "必填：事项编码或事项名称");
        }
        String wanted = power.trim();
        List<ListItemVersion> held = queries.heldBy(body, date);
        for (ListItemVersion v : held) {
            if (v.code.equals(wanted) || v.fields.name.equals(wanted)) {
                if (ItemVersioning.PUBLISHED.equals(v.fields.status)) {
                    return new Answer(true, body, wanted, date, Grant.of(v),
                            "Item " + v.code + " (version " + v.version + ") gives this body this power on " + date + ".",
                            "事项 " + v.code + "（第" + v.version + "版）于 " + date + " 授予该主体此项权力。");
                }
                return new Answer(false, body, wanted, date, Grant.of(v),
                        "The item was repealed before " + date + " (version " + v.version + ").",
                        "该事项在 " + date + " 前已取消（第" + v.version + "版）。");
            }
        }
        List<ListItemVersion> elsewhere = queries.inForceByCodeOrName(wanted, date).stream()
                .filter(v -> ItemVersioning.PUBLISHED.equals(v.fields.status)).toList();
        if (!elsewhere.isEmpty()) {
            return new Answer(false, body, wanted, date, null,
                    "The power is on the lists on " + date + " but for another implementing body, not " + body + ".",
                    "该项权力在 " + date + " 的清单上由其他实施主体行使，未授予 " + body + "。");
        }
        return new Answer(false, body, wanted, date, null,
                "No published item in force on " + date + " gives " + body + " the power '" + wanted + "'.",
                "截至 " + date + "，没有有效的已公布事项授予 " + body + " 该项权力（" + wanted + "）。法无授权不可为。");
    }
}
