package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The discipline group's oversight as staff read it (Art. 21, 29, 31): audit-service's cards, spot checks, findings,
 * accountability records and assessment rows in Chinese, with times in the bureau's zone and sections by name. The
 * cards are derived by audit-service from the traces alone and never edited; the workbench only words and draws them.
 */
public final class Oversight {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** 红黄牌 (Art. 31: warnings and overdue steps are measured). */
    public static final Map<String, String> COLORS = ordered("YELLOW", "黄牌（预警）", "RED", "红牌（超期）");
    /** Which deadline a card is about, by audit-service's kind. */
    public static final Map<String, String> CARD_KINDS = ordered("ADJUSTMENT_STEP", "清单调整环节", "LAW_CHANGE_OBLIGATION",
            "法律法规立改废调整义务", "COMPLAINT_ACCEPT", "投诉举报受理", "COMPLAINT_ANSWER", "投诉举报答复", "DISCLOSURE", "行政许可、行政处罚公示",
            "OFFICER_CERTIFICATE", "执法证有效期");
    public static final Map<String, String> SOURCES = Map.of("adjustment-service", "动态调整服务", "complaint-service", "投诉举报服务",
            "disclosure-service", "双公示服务", "list-service", "清单服务");
    /** 抽查对象 (Art. 21 日常抽查, Art. 29 不定期抽查): the kinds of population a draw is made from. */
    public static final Map<String, String> POPULATIONS = ordered("PUBLISHED_ITEMS", "已公布清单事项", "ADJUSTMENT_REQUESTS", "清单调整申请",
            "COMPLAINT_CASES", "投诉举报案件", "DISCLOSURES", "双公示决定");
    public static final Map<String, String> CHECK_STATES = Map.of("ANNOUNCED", "已公告，待抽取", "SAMPLED", "已抽取样本");
    /** What a spot check found about a sampled object (Art. 29: 漏报、瞒报、虚报). */
    public static final Map<String, String> FINDING_KINDS = ordered("OMITTED", "漏报", "CONCEALED", "瞒报", "FALSE_REPORT", "虚报",
            "OTHER", "其他", "NONE", "未发现问题");
    /** What each finding kind means, beside the choice. */
    public static final Map<String, String> FINDING_MEANINGS = Map.of("OMITTED", "应履行的职责没有留下痕迹", "CONCEALED", "痕迹掩盖了实际发生的情况",
            "FALSE_REPORT", "痕迹所记的事情并未发生", "OTHER", "其他问题", "NONE", "经检查未发现问题");
    public static final Map<String, String> ACCOUNTABILITY_STATES = Map.of("RECORDED", "已登记，待决定", "DECIDED", "已作出决定",
            "WITHDRAWN", "已撤销");
    /** The notice's measures (Art. 29, 31), shown when audit-service's list cannot be read; configured others come from it. */
    public static final Map<String, String> MEASURES = ordered("WARNING_TALK", "诫勉谈话", "CIRCULATED_CRITICISM", "通报批评",
            "WRITTEN_SELF_EXAMINATION", "责令书面检查", "REMOVED_FROM_ENFORCEMENT", "调离执法岗位", "REFERRED", "移送处理");

    /** A choice on a form: the code sent, its Chinese name, and what it means. */
    public record Choice(String code, String label, String hint) {
    }

    /** The finding kinds as the form offers them, each with what it means. */
    public static List<Choice> findingChoices() {
        return FINDING_KINDS.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue(), FINDING_MEANINGS.get(e.getKey()))).toList();
    }

    /** Amber and red, both at least 3:1 against white (WCAG 1.4.11); the table beside the chart carries the same numbers. */
    static final String YELLOW_FILL = "#b07d00";
    static final String RED_FILL = "#b3261e";

    private Oversight() {
    }

    // --- cards ---------------------------------------------------------------------------------------------------

    /** One trace behind a card: what happened, when, and where it stands in the public log (null: not yet in it). */
    public record TraceRef(String traceId, String type, String occurredAt, Long leafIndex) {
    }

    /**
     * One card. {@code tone} is {@code red} or {@code yellow} for the row's class; {@code resolved} says when the step
     * was finally done, or 未办结.
     */
    public record CardRow(String id, String color, String colorName, String tone, String kindName, String sourceName, String subject,
                          String step, String section, String sectionName, String person, String dueDate, String warnedAt,
                          String missedAt, Integer workingDaysLate, String resolved, boolean isResolved, List<TraceRef> traces) {

        /** The card's traces on 留痕查询 (auditors and the discipline group). */
        public String tracesHref() {
            return "/traces?subject=" + encode(subject);
        }

        /** The accountability form, prefilled with this card, its section and its person. */
        public String accountabilityHref() {
            return "/oversight/accountability?card=" + encode(id) + "&forSection=" + encode(section) + "&person=" + encode(person);
        }
    }

    public static List<CardRow> cards(JsonNode cards, Map<String, String> sectionNames) {
        List<CardRow> rows = new ArrayList<>();
        if (cards == null) {
            return rows;
        }
        for (JsonNode c : cards) {
            String color = c.path("color").asText("");
            List<TraceRef> traces = new ArrayList<>();
            for (JsonNode t : c.path("traces")) {
                traces.add(new TraceRef(t.path("traceId").asText(""), t.path("type").asText(""), time(t.path("occurredAt").asText(null)),
                        t.hasNonNull("leafIndex") ? t.path("leafIndex").asLong() : null));
            }
            String section = c.path("section").asText("");
            boolean resolved = c.hasNonNull("resolvedAt");
            rows.add(new CardRow(c.path("id").asText(""), color, COLORS.getOrDefault(color, color), "RED".equals(color) ? "red" : "yellow",
                    CARD_KINDS.getOrDefault(c.path("kind").asText(""), c.path("kind").asText("")),
                    SOURCES.getOrDefault(c.path("source").asText(""), c.path("source").asText("")), c.path("subject").asText(""),
                    c.path("step").asText(""), section, sectionNames.getOrDefault(section, section), c.path("person").asText(""),
                    c.path("dueDate").asText(""), time(c.path("warnedAt").asText(null)), time(c.path("missedAt").asText(null)),
                    c.hasNonNull("workingDaysLate") ? c.path("workingDaysLate").asInt() : null,
                    resolved ? time(c.path("resolvedAt").asText()) : "未办结", resolved, traces));
        }
        return rows;
    }

    /** One line of the cards' summary table: a section or a month, with its yellow, red and resolved cards. */
    public record CountRow(String key, String label, long yellow, long red, long resolved) {
    }

    /** The summary added up per section, in the order the sections first appear. */
    public static List<CountRow> bySection(JsonNode summary, Map<String, String> sectionNames) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        if (summary != null) {
            for (JsonNode s : summary) {
                add(sums.computeIfAbsent(s.path("section").asText(""), k -> new long[3]), s);
            }
        }
        List<CountRow> rows = new ArrayList<>();
        sums.forEach((code, n) -> rows.add(new CountRow(code, code.isEmpty() ? "未分配科室" : sectionNames.getOrDefault(code, code),
                n[0], n[1], n[2])));
        return rows;
    }

    /** The summary added up per month (of one section when given), oldest month first, as 2026年11月. */
    public static List<CountRow> byMonth(JsonNode summary, String section) {
        Map<String, long[]> sums = new TreeMap<>();
        if (summary != null) {
            for (JsonNode s : summary) {
                if (section == null || section.isBlank() || section.equals(s.path("section").asText(""))) {
                    add(sums.computeIfAbsent(s.path("month").asText(""), k -> new long[3]), s);
                }
            }
        }
        List<CountRow> rows = new ArrayList<>();
        sums.forEach((month, n) -> rows.add(new CountRow(month, monthName(month), n[0], n[1], n[2])));
        return rows;
    }

    private static void add(long[] sum, JsonNode s) {
        sum[0] += s.path("yellow").asLong();
        sum[1] += s.path("red").asLong();
        sum[2] += s.path("resolved").asLong();
    }

    public static BarChart sectionChart(List<CountRow> rows) {
        return chart("各科室（队）的黄牌与红牌", "每个科室（队）两根条", rows);
    }

    public static BarChart monthChart(List<CountRow> rows) {
        return chart("各月的黄牌与红牌", "每个月两根条（按办理期限所在月份）", rows);
    }

    private static BarChart chart(String title, String what, List<CountRow> rows) {
        long yellow = rows.stream().mapToLong(CountRow::yellow).sum();
        long red = rows.stream().mapToLong(CountRow::red).sum();
        return new BarChart(title, "横向条形图，" + what + "：黄牌（临近期限的预警）数和红牌（超过期限）数。合计黄牌 " + yellow + " 张，红牌 " + red
                + " 张。具体数字见图下的表格。",
                List.of(new BarChart.Series("黄牌", YELLOW_FILL), new BarChart.Series("红牌", RED_FILL)),
                rows.stream().map(r -> new BarChart.Group(r.label(), List.of(r.yellow(), r.red()))).toList());
    }

    /** 2026-11 → 2026年11月; anything else as it is. */
    public static String monthName(String month) {
        try {
            YearMonth m = YearMonth.parse(month);
            return m.getYear() + "年" + m.getMonthValue() + "月";
        } catch (DateTimeParseException e) {
            return month;
        }
    }

    // --- spot checks ---------------------------------------------------------------------------------------------

    /** One finding about a sampled object, with the form that revises it. */
    public record FindingView(String id, String object, String kind, String kindName, boolean problem, String section,
                              String sectionName, String person, String traceIndexes, List<String> documents, String evidence,
                              String examiner, String recordedAt, String revisedAt) {

        /** The accountability form, prefilled with this finding, its section and its person. */
        public String accountabilityHref() {
            return "/oversight/accountability?finding=" + encode(id) + "&forSection=" + encode(section) + "&person=" + encode(person);
        }
    }

    /** One sampled object in the order of its rank: its number (序号), the object, its rank in hex, and its findings. */
    public record Sampled(int number, String object, String rank, String rankShort, List<FindingView> findings) {
    }

    /** A spot check as the pages show it. */
    public record SpotCheck(String id, String title, String population, String populationName, String from, String to, int sampleSize,
                            long populationTreeSize, long seedTreeSize, String algorithm, String state, String stateName,
                            String announcedAt, String announcedBy, String announcementTraceId, String seed, String seedHeadSignature,
                            Long populationCount, String sampledAt, List<Sampled> sample) {
        public boolean sampled() {
            return "SAMPLED".equals(state);
        }

        public boolean announced() {
            return "ANNOUNCED".equals(state);
        }
    }

    public static List<SpotCheck> spotChecks(JsonNode checks, Map<String, String> sectionNames) {
        List<SpotCheck> all = new ArrayList<>();
        if (checks != null) {
            checks.forEach(c -> all.add(spotCheck(c, sectionNames)));
        }
        return all;
    }

    public static SpotCheck spotCheck(JsonNode c, Map<String, String> sectionNames) {
        List<Sampled> sample = new ArrayList<>();
        int n = 0;
        for (JsonNode s : c.path("sample")) {
            List<FindingView> findings = new ArrayList<>();
            for (JsonNode f : s.path("findings")) {
                findings.add(finding(f, sectionNames));
            }
            String rank = s.path("rank").asText("");
            sample.add(new Sampled(++n, s.path("object").asText(""), rank, rank.length() > 16 ? rank.substring(0, 16) : rank, findings));
        }
        String population = c.path("population").asText("");
        String state = c.path("state").asText("");
        return new SpotCheck(c.path("id").asText(""), c.path("title").asText(""), population, POPULATIONS.getOrDefault(population, population),
                c.path("from").asText(""), c.path("to").asText(""), c.path("sampleSize").asInt(), c.path("populationTreeSize").asLong(),
                c.path("seedTreeSize").asLong(), c.path("algorithm").asText(""), state, CHECK_STATES.getOrDefault(state, state),
                time(c.path("announcedAt").asText(null)), c.path("announcedBy").asText(""), c.path("announcementTraceId").asText(""),
                c.hasNonNull("seed") ? c.path("seed").asText() : null, c.path("seedHeadSignature").asText(""),
                c.hasNonNull("populationCount") ? c.path("populationCount").asLong() : null, time(c.path("sampledAt").asText(null)),
                sample);
    }

    static FindingView finding(JsonNode f, Map<String, String> sectionNames) {
        String kind = f.path("kind").asText("");
        String section = f.path("section").asText("");
        List<String> indexes = new ArrayList<>();
        f.path("traceIndexes").forEach(i -> indexes.add(i.asText()));
        List<String> documents = new ArrayList<>();
        f.path("documents").forEach(d -> documents.add(d.asText()));
        return new FindingView(f.path("id").asText(""), f.path("object").asText(""), kind, FINDING_KINDS.getOrDefault(kind, kind),
                !"NONE".equals(kind), section, sectionNames.getOrDefault(section, section), f.path("person").asText(""),
                String.join(", ", indexes), documents, f.path("evidence").asText(""), f.path("examiner").asText(""),
                time(f.path("recordedAt").asText(null)), time(f.path("revisedAt").asText(null)));
    }

    /** How anyone re-derives the sample from the public log alone (R-ADJ-6). */
    public static String recomputeCommand(String logAddress, String checkId) {
        return "java -jar log-verifier-cli.jar spot-check --log " + logAddress + " --check " + checkId;
    }

    // --- accountability ------------------------------------------------------------------------------------------

    public record Accountability(String id, String state, String stateName, String section, String sectionName, String person,
                                 String facts, List<String> findings, List<String> cards, String basis, String measure,
                                 String measureName, String decisionDate, String decisionDocument, String recordedBy,
                                 String recordedAt, String updatedAt) {
        /** Still open to revision and to the decision. */
        public boolean recorded() {
            return "RECORDED".equals(state);
        }
    }

    public static List<Accountability> accountability(JsonNode records, Map<String, String> sectionNames, Map<String, String> measures) {
        List<Accountability> all = new ArrayList<>();
        if (records == null) {
            return all;
        }
        for (JsonNode a : records) {
            String state = a.path("state").asText("");
            String section = a.path("section").asText("");
            String measure = a.path("measure").asText("");
            all.add(new Accountability(a.path("id").asText(""), state, ACCOUNTABILITY_STATES.getOrDefault(state, state), section,
                    sectionNames.getOrDefault(section, section), a.path("person").asText(""), a.path("facts").asText(""),
                    texts(a.path("findings")), texts(a.path("cards")), a.path("basis").asText(""), measure,
                    a.hasNonNull("measureLabel") ? a.path("measureLabel").asText()
                            : measures.getOrDefault(measure, MEASURES.getOrDefault(measure, measure)), a.path("decisionDate").asText(""),
                    a.path("decisionDocument").asText(""), a.path("recordedBy").asText(""), time(a.path("recordedAt").asText(null)),
                    time(a.path("updatedAt").asText(null))));
        }
        return all;
    }

    /** audit-service's {@code [{code, label}]}, in its order; the notice's five when it sent none. A record's own measureLabel wins. */
    public static Map<String, String> measures(JsonNode measures) {
        Map<String, String> all = new LinkedHashMap<>();
        if (measures != null) {
            measures.forEach(m -> all.put(m.path("code").asText(""), m.path("label").asText(m.path("code").asText(""))));
        }
        return all.isEmpty() ? MEASURES : all;
    }

    // --- assessment ----------------------------------------------------------------------------------------------

    /** One section's period for 绩效考核 (Art. 31). */
    public record AssessmentRow(String section, String name, long adjustmentsOnTime, long adjustmentsLate, long complaintsOnTime,
                                long complaintsLate, long yellowCards, long redCards, long findings, long measures) {
    }

    public static List<AssessmentRow> assessment(JsonNode assessment, Map<String, String> sectionNames) {
        List<AssessmentRow> rows = new ArrayList<>();
        if (assessment == null) {
            return rows;
        }
        for (JsonNode r : assessment.path("rows")) {
            String section = r.path("section").asText("");
            rows.add(new AssessmentRow(section, sectionNames.getOrDefault(section, section), r.path("adjustmentsOnTime").asLong(),
                    r.path("adjustmentsLate").asLong(), r.path("complaintsOnTime").asLong(), r.path("complaintsLate").asLong(),
                    r.path("yellowCards").asLong(), r.path("redCards").asLong(), r.path("findings").asLong(), r.path("measures").asLong()));
        }
        return rows;
    }

    // --- shared --------------------------------------------------------------------------------------------------

    /** An instant as the bureau's local time (yyyy-MM-dd HH:mm); a date as it is; null or blank as null. */
    public static String time(String instant) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return TIME.format(Instant.parse(instant).atZone(BureauClock.ZONE));
        } catch (DateTimeParseException e) {
            try {
                return TIME.format(java.time.OffsetDateTime.parse(instant).atZoneSameInstant(BureauClock.ZONE));
            } catch (DateTimeParseException notAnInstant) {
                return instant; // a date, or anything else, as sent
            }
        }
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
