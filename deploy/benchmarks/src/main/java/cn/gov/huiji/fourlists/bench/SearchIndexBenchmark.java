package cn.gov.huiji.fourlists.bench;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.list.domain.ItemFields;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import cn.gov.huiji.fourlists.list.service.SearchIndex;
import cn.gov.huiji.fourlists.list.service.SearchText;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * list-service's in-process search index on its own (issue 19), without HTTP: the items of deploy/bench/list-reads
 * (same generator, same seed), then every query of its search mix, one at a time on one thread, after a warm-up of
 * the same queries. Prints the build time, the heap the index holds, and per query its matches and the median of
 * three rounds of the mean time per search. Run by deploy/bench/search-index.
 */
public final class SearchIndexBenchmark {

    private SearchIndexBenchmark() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random rnd = new Random(20161);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        SearchIndex index = new SearchIndex();
        OffsetDateTime from = OffsetDateTime.parse("2016-06-01T00:00:00+08:00");
        for (int i = 1; i <= items; i++) {
            ListItemContent c = ListReadsBenchmark.item(i, rnd);
            ItemFields f = ItemFields.of(ListKind.POWER, c, "PUBLISHED");
            index.put(new SearchIndex.Doc(c.code(), 1, "POWER", f.name, f.category, f.section, "PUBLISHED", from, null,
                    SearchText.indexedText(c.code(), f)));
        }
        long built = System.nanoTime() - start;
        System.gc();
        long heap = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
        System.out.printf("SEARCH_INDEX %d items built in %.1f s, holding about %d MiB of heap%n", items, built / 1e9, heap >> 20);

        List<String> queries = new ArrayList<>(List.of(ListReadsBenchmark.SUBJECTS));
        queries.addAll(List.of(ListReadsBenchmark.FAULTS));
        for (String[] law : ListReadsBenchmark.LAWS) {
            queries.add(law[1]);
        }
        queries.addAll(List.of("危险化学品", "烟花爆竹", "安全生产许可证"));
        int repeat = 200;
        long[] perQuery = new long[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            String query = queries.get(q);
            ItemQueries.Filter filter = new ItemQueries.Filter(ListKind.POWER, query, null, null, null, null);
            List<String> terms = SearchText.terms(query);
            for (int i = 0; i < repeat; i++) {
                index.search(filter, terms, 0, 20); // warm-up
            }
            long[] rounds = new long[3];
            long total = 0;
            for (int r = 0; r < rounds.length; r++) {
                long t = System.nanoTime();
                for (int i = 0; i < repeat; i++) {
                    total = index.search(filter, terms, 0, 20).total();
                }
                rounds[r] = (System.nanoTime() - t) / repeat;
            }
            perQuery[q] = Figures.median(rounds);
            System.out.printf("SEARCH_INDEX_QUERY %-24s %6d matches  %.3f ms%n", query, total, Figures.ms(perQuery[q]));
        }
        System.out.printf("SEARCH_INDEX_MEDIAN over the %d queries of the mix: %.3f ms per search, slowest %.3f ms%n",
                queries.size(), Figures.ms(Figures.median(perQuery)), Figures.ms(Arrays.stream(perQuery).max().orElse(0)));
    }
}
