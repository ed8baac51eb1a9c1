package cn.gov.huiji.fourlists.bench;

import cn.gov.huiji.fourlists.kernel.contract.CitationLevel;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.list.domain.ItemFields;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.service.SearchText;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Fills a scratch list-service database with generated POWER items for the read benchmark (deploy/bench/list-reads):
 * names, bases and duties built from the vocabulary of work-safety lists, indexed exactly as list-service indexes them.
 */
public final class ListReadsBenchmark {

    static final String[] SUBJECTS = {"危险化学品经营单位", "烟花爆竹零售经营者", "非煤矿山企业", "金属冶炼企业", "工贸企业",
            "建筑施工单位", "道路运输单位", "粉尘涉爆企业", "涉氨制冷企业", "有限空间作业单位", "石油天然气储存单位", "冶金企业",
            "机械制造企业", "纺织企业", "食品加工企业", "危险化学品使用单位", "烟花爆竹批发企业", "加油站", "液化气充装单位", "仓储物流企业"};
    static final String[] FAULTS = {"未按规定对从业人员进行安全生产教育和培训", "未取得安全生产许可证擅自进行生产", "未按规定设置安全生产管理机构",
            "未如实记录安全生产教育和培训情况", "未将事故隐患排查治理情况如实记录", "未按规定进行安全评价", "特种作业人员未持证上岗",
            "未在有较大危险因素的场所设置安全警示标志", "未对安全设备进行经常性维护保养", "使用应当淘汰的危及生产安全的工艺设备",
            "未建立事故隐患排查治理制度", "未制定生产安全事故应急救援预案", "主要负责人未履行法定安全生产管理职责", "拒绝阻碍监督检查"};
    static final String[] CATEGORIES = {"行政处罚", "行政处罚", "行政处罚", "行政许可", "行政强制", "行政检查", "行政确认", "其他行政权力"};
    static final String[] SECTIONS = {"general-supervision", "hazchem", "industry-trade", "occupational-health", "enforcement-brigade"};
    static final String[][] LAWS = {
            {"LAW", "中华人民共和国安全生产法", "2014年8月31日修正"},
            {"ADMINISTRATIVE_REGULATION", "危险化学品安全管理条例", "国务院令第591号"},
            {"ADMINISTRATIVE_REGULATION", "烟花爆竹安全管理条例", "国务院令第455号"},
            {"ADMINISTRATIVE_REGULATION", "安全生产许可证条例", "国务院令第397号"},
            {"DEPARTMENTAL_RULE", "安全生产违法行为行政处罚办法", "原国家安全监管总局令第15号"},
            {"LOCAL_REGULATION", "河南省安全生产条例", "2016年修订"},
            {"LAW", "中华人民共和国职业病防治法", "2016年7月2日修正"}};
    static final String BUREAU = "114101080051883705";

    private ListReadsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!"fill".equals(args[0])) {
            throw new IllegalArgumentException("fill <jdbc-url> <items> <codes-file> <queries-file>");
        }
        fill(args[1], Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]));
    }

    static ListItemContent item(int i, Random rnd) {
        String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
        String fault = FAULTS[rnd.nextInt(FAULTS.length)];
        String category = CATEGORIES[rnd.nextInt(CATEGORIES.length)];
        String name = switch (category) {
            case "行政处罚" -> "对" + subject + fault + "的处罚";
            case "行政许可" -> subject + "安全生产许可证核发";
            case "行政强制" -> "查封、扣押" + subject + "不符合国家标准的设施设备";
            case "行政检查" -> "对" + subject + "执行安全生产法律法规情况的监督检查";
            default -> subject + "安全生产事项" + category;
        } + "（第" + i + "号）";
        String[] law = LAWS[rnd.nextInt(LAWS.length)];
        List<ListItemContent.Citation> basis = List.of(new ListItemContent.Citation(CitationLevel.valueOf(law[0]), law[1], law[2],
                "第" + (10 + rnd.nextInt(110)) + "条", subject + fault + "的，责令限期改正，可以处罚款。"));
        List<ListItemContent.Duty> duties = List.of(
                new ListItemContent.Duty("立案责任", "发现" + subject + "涉嫌违法行为，予以审查，决定是否立案。"),
                new ListItemContent.Duty("调查责任", "对立案的案件，指定专人负责，及时组织调查取证。"),
                new ListItemContent.Duty("决定责任", "依法作出处理决定，制作行政处罚决定书。"));
        return new ListItemContent(String.format("6%011d", i), "POWER", name, category, null, null, null,
                new ListItemContent.ImplementingBody("惠济区安全生产监督管理局", BUREAU), SECTIONS[rnd.nextInt(SECTIONS.length)], "区级",
                basis, List.of(new ListItemContent.ProcessStep("立案", "承办人", 5), new ListItemContent.ProcessStep("调查取证", "执法人员", 30),
                new ListItemContent.ProcessStep("决定", "局长", 10)), 90, 60, null, duties,
                List.of(new ListItemContent.AccountabilityCase("没有法律和事实依据实施行政处罚的", "《中华人民共和国行政处罚法》第五十五条")),
                null, null, null, null, null, "0371-63611234", null, null);
    }

    static void fill(String url, int n, Path codesFile, Path queriesFile) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random rnd = new Random(20161);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "fourlists", "fourlists");
             PrintWriter codes = new PrintWriter(Files.newBufferedWriter(codesFile, StandardCharsets.UTF_8))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("truncate list_item, list_item_version");
                String[] names = {"安全生产综合监督管理科", "危险化学品安全监督管理科", "工矿商贸安全监督管理科", "职业安全健康监督管理科", "安全生产监察大队"};
                for (int i = 0; i < SECTIONS.length; i++) {
                    s.execute("insert into section (code, name) values ('" + SECTIONS[i] + "', '" + names[i] + "') on conflict do nothing");
                }
            }
            Timestamp at = Timestamp.from(Instant.parse("2016-06-01T00:00:00Z"));
            try (PreparedStatement item = c.prepareStatement("""
                    insert into list_item (code, list_kind, name, category, section_code, legal_basis, status, loaded_at, loaded_by,
                        content, body_credit_code) values (?, 'POWER', ?, ?, ?, ?, 'PUBLISHED', ?, 'bench', ?::jsonb, ?)""");
                 PreparedStatement version = c.prepareStatement("""
                    insert into list_item_version (code, version, list_kind, name, category, section_code, legal_basis, status,
                        valid_from, content, body_credit_code, search_text, search_grams)
                    values (?, 1, 'POWER', ?, ?, ?, ?, 'PUBLISHED', ?, ?::jsonb, ?, ?, ?)""")) {
                for (int i = 1; i <= n; i++) {
                    ListItemContent content = item(i, rnd);
                    ItemFields f = ItemFields.of(ListKind.POWER, content, "PUBLISHED");
                    String text = SearchText.indexedText(content.code(), f);
                    String body = json.writeValueAsString(f.content);
                    item.setString(1, content.code());
                    item.setString(2, f.name);
                    item.setString(3, f.category);
                    item.setString(4, f.section);
                    item.setString(5, f.legalBasis);
                    item.setTimestamp(6, at);
                    item.setString(7, body);
                    item.setString(8, BUREAU);
                    item.addBatch();
                    version.setString(1, content.code());
                    version.setString(2, f.name);
                    version.setString(3, f.category);
                    version.setString(4, f.section);
                    version.setString(5, f.legalBasis);
                    version.setTimestamp(6, at);
                    version.setString(7, body);
                    version.setString(8, BUREAU);
                    version.setString(9, text);
                    version.setArray(10, c.createArrayOf("text", SearchText.grams(text).toArray()));
                    version.addBatch();
                    codes.println(content.code());
                    if (i % 1000 == 0) {
                        item.executeBatch();
                        version.executeBatch();
                        c.commit();
                    }
                }
                item.executeBatch();
                version.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute("update catalogue_revision set revision = revision + 1, changed_at = now()");
                c.commit();
                c.setAutoCommit(true);
                s.execute("vacuum analyze list_item_version");
                s.execute("vacuum analyze list_item");
            }
        }
        // The search mix: each fault and each subject, as users type them, and a few law titles.
        try (PrintWriter q = new PrintWriter(Files.newBufferedWriter(queriesFile, StandardCharsets.UTF_8))) {
            for (String s : SUBJECTS) {
                q.println(s);
            }
            for (String f : FAULTS) {
                q.println(f);
            }
            for (String[] law : LAWS) {
                q.println(law[1]);
            }
            q.println("危险化学品");
            q.println("烟花爆竹");
            q.println("安全生产许可证");
        }
        System.out.printf("filled %d items in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
    }
}
