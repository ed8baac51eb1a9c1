package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.list.domain.ListKind;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R-LIST-5 in memory (issue 19): the index answers exactly as the database search does — every term in the item's
 * text, names holding all terms first, then code order, the total of all matches — also after items change.
 */
class SearchIndexTest {

    static final OffsetDateTime FROM = OffsetDateTime.parse("2016-06-01T00:00:00+08:00");
    static final String[] SUBJECTS = {"危险化学品经营单位", "烟花爆竹零售经营者", "非煤矿山企业", "工贸企业", "加油站"};
    static final String[] FAULTS = {"未按规定对从业人员进行安全生产教育和培训", "未取得安全生产许可证擅自进行生产", "特种作业人员未持证上岗",
            "未建立事故隐患排查治理制度"};
    static final String[] CATEGORIES = {"行政处罚", "行政许可", "行政检查"};

    static SearchIndex.Doc doc(String code, int version, String name, String category, String section, String more) {
        return new SearchIndex.Doc(code, version, "POWER", name, category, section, "PUBLISHED", FROM, null,
                SearchText.normalise(name + "\n" + code + "\n" + more));
    }

    /** The rule itself, as the database applies it, over plain lists. */
    static ItemQueries.Result reference(List<SearchIndex.Doc> inForce, ItemQueries.Filter f, int page, int size) {
        List<String> terms = f.q() == null ? List.of() : SearchText.terms(f.q());
        List<SearchIndex.Doc> hits = inForce.stream()
                .filter(d -> f.category() == null || d.category().equals(f.category()))
                .filter(d -> f.section() == null || d.section().equals(f.section()))
                .filter(d -> terms.stream().allMatch(t -> d.text().contains(t)))
                .sorted(Comparator.<SearchIndex.Doc>comparingInt(d -> !terms.isEmpty()
                                && terms.stream().allMatch(t -> SearchText.normalise(d.name()).contains(t)) ? 0 : 1)
                        .thenComparing(SearchIndex.Doc::code))
                .toList();
        List<ItemQueries.SummaryRow> rows = hits.stream().skip((long) page * size).limit(size).map(SearchIndex.Doc::row).toList();
        return new ItemQueries.Result(rows, hits.size());
    }

    static ItemQueries.Filter query(String q) {
        return new ItemQueries.Filter(ListKind.POWER, q, null, null, null, null);
    }

    static ItemQueries.Result search(SearchIndex index, ItemQueries.Filter f, int page, int size) {
        return index.search(f, f.q() == null ? List.of() : SearchText.terms(f.q()), page, size);
    }

    @Test
    void answersEveryQueryAsTheDatabaseRuleDoesBeforeAndAfterItemsChange() {
        Random rnd = new Random(19);
        List<SearchIndex.Doc> inForce = new ArrayList<>();
        SearchIndex index = new SearchIndex();
        for (int i = 0; i < 2_000; i++) {
            String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
            String fault = FAULTS[rnd.nextInt(FAULTS.length)];
            SearchIndex.Doc d = doc(String.format("6%011d", i), 1, "对" + subject + fault + "的处罚",
                    CATEGORIES[rnd.nextInt(CATEGORIES.length)], "s" + rnd.nextInt(3), "《中华人民共和国安全生产法》 " + FAULTS[rnd.nextInt(FAULTS.length)]);
            inForce.add(d);
            index.put(d);
        }
        List<String> queries = new ArrayList<>(List.of("危险化学品", "安全生产许可证", "加油站 培训", "煤", "6000000001", "安全 未",
                "生产安全", "的处罚", "ＡＪ", "不存在的词"));
        queries.addAll(List.of(SUBJECTS));
        queries.addAll(List.of(FAULTS));
        assertSameAnswers(index, inForce, queries);

        // Changes arrive as the database reports them: new versions (some codes before others in order), a new item
        // with the smallest code, replaced versions removed, an older version that arrives late ignored.
        for (int i = 0; i < 300; i++) {
            int at = rnd.nextInt(inForce.size());
            SearchIndex.Doc old = inForce.get(at);
            SearchIndex.Doc next = doc(old.code(), old.version() + 1, "对" + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + "拒绝阻碍监督检查的处罚",
                    old.category(), old.section(), "河南省安全生产条例");
            index.remove(old.code(), old.version());
            index.put(next);
            index.put(old); // late and older: no effect
            inForce.set(at, next);
        }
        SearchIndex.Doc first = doc("000000000001", 1, "对加油站未按规定进行安全评价的处罚", "行政处罚", "s0", "");
        index.put(first);
        inForce.add(first);
        queries.add("拒绝阻碍监督检查");
        queries.add("安全评价");
        assertSameAnswers(index, inForce, queries);
        assertEquals(inForce.size(), index.size(), "one number in force per item");
    }

    static void assertSameAnswers(SearchIndex index, List<SearchIndex.Doc> inForce, List<String> queries) {
        for (String q : queries) {
            for (String category : new String[]{null, "行政许可"}) {
                ItemQueries.Filter f = new ItemQueries.Filter(ListKind.POWER, q, category, null, null, null);
                for (int page : new int[]{0, 1, 7}) {
                    assertEquals(reference(inForce, f, page, 20), search(index, f, page, 20),
                            "the index answers \"" + q + "\" (category " + category + ", page " + page + ") as the database rule does");
                }
            }
        }
    }

    @Test
    void aLongTermMustStandInTheTextAsWrittenNotJustHaveItsPairs() {
        SearchIndex index = new SearchIndex();
        // Holds 安全, 全生, 生产 but never 安全生产: the pairs alone would find it.
        index.put(doc("410108-AJ-1", 1, "对生产经营单位的检查", "行政检查", "s0", "安全 全生 生产"));
        index.put(doc("410108-AJ-2", 1, "对未按规定进行安全生产教育的处罚", "行政处罚", "s0", ""));
        ItemQueries.Result found = search(index, query("安全生产"), 0, 20);
        assertEquals(1, found.total(), "only the item whose text holds 安全生产");
        assertEquals("410108-AJ-2", found.items().get(0).code());
    }

    @Test
    void anItemWithTheWordsInSeveralLinesIsCountedOnce() {
        SearchIndex index = new SearchIndex();
        index.put(doc("B-2", 1, "烟花爆竹批发许可", "行政许可", "s0", "烟花爆竹批发企业\n烟花爆竹仓库"));
        index.put(doc("B-1", 1, "对烟花爆竹零售点的检查", "行政检查", "s0", "烟花爆竹零售"));
        ItemQueries.Result found = search(index, query("烟花爆竹"), 0, 20);
        assertEquals(2, found.total(), "two items, however many of their lines hold the words");
        assertEquals(List.of("B-1", "B-2"), found.items().stream().map(ItemQueries.SummaryRow::code).toList());
    }

    @Test
    void itemsWhoseNameHoldsTheWordsComeFirstThenCodeOrder() {
        SearchIndex index = new SearchIndex();
        index.put(doc("A-1", 1, "对工贸企业的检查", "行政检查", "s0", "烟花爆竹"));
        index.put(doc("A-3", 1, "烟花爆竹经营许可", "行政许可", "s0", ""));
        index.put(doc("A-2", 1, "烟花爆竹批发许可", "行政许可", "s0", "")); // arrives out of code order
        index.put(doc("A-0", 1, "对加油站的检查", "行政检查", "s0", "烟花爆竹"));
        List<String> order = search(index, query("烟花爆竹"), 0, 20).items().stream().map(ItemQueries.SummaryRow::code).toList();
        assertEquals(List.of("A-2", "A-3", "A-0", "A-1"), order);
        assertEquals(List.of("A-0", "A-1", "A-2", "A-3"), search(index, query(null), 0, 20).items().stream()
                .map(ItemQueries.SummaryRow::code).toList(), "without words: code order");
        assertEquals(0, search(index, new ItemQueries.Filter(ListKind.FEE, null, null, null, null, null), 0, 20).total(),
                "another list holds none of them");
    }
}
