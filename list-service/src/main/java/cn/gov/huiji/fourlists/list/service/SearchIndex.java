package cn.gov.huiji.fourlists.list.service;

import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items in force, searchable in memory (R-LIST-5, issue 19): the same answer as the database search over
 * {@code search_grams} and {@code search_text} — every term in the item's text, names that hold all terms first,
 * then code order, the total of all matches — without reading a row.
 * <p>
 * An item's text is its lines (name, code, each basis, sub-item and duty), and a term, being a run of letters and
 * digits, never spans two. Lists repeat lines a great deal (the same duties under hundreds of penalties), so each
 * distinct line is held once, with the grams it has and the items that carry it. A query finds the lines holding
 * each term — the grams narrow them down, and a term longer than two characters is then looked for in the line
 * itself — and the items are those that carry such a line for every term. The work grows with the distinct lines a
 * query touches, not with the items it matches.
 * <p>
 * Items are numbered in the order they arrive; a full load arrives in code order, so numbers are the answer's order.
 * A changed item gets a new number (the old one leaves {@code live}); the few numbered out of code order are merged
 * in by code. Not thread-safe: {@link CurrentItemsIndex} guards it.
 */
public final class SearchIndex {

    /** One version in force, as a search answer shows it, and the normalised text it is found by. */
    public record Doc(String code, int version, String list, String name, String category, String section, String status,
                      OffsetDateTime validFrom, OffsetDateTime validTo, String text) {

        ItemQueries.SummaryRow row() {
            return new ItemQueries.SummaryRow(code, version, list, name, category, section, status, validFrom, validTo);
        }
    }

    private static final RoaringBitmap NONE = new RoaringBitmap();

    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Integer> numberOfCode = new HashMap<>();
    private final Lines lines = new Lines();
    /** Per line: the items whose text has it, and the items whose normalised name it is. */
    private final Carriers inText = new Carriers();
    private final Carriers asName = new Carriers();
    private final Map<String, RoaringBitmap> byList = new HashMap<>();
    private final Map<String, RoaringBitmap> byCategory = new HashMap<>();
    private final Map<String, RoaringBitmap> bySection = new HashMap<>();
    private final Map<String, RoaringBitmap> byStatus = new HashMap<>();
    private final RoaringBitmap live = new RoaringBitmap();
    private final RoaringBitmap outOfOrder = new RoaringBitmap();
    private String lastInOrder = "";

    /** The version in force of its item: replaces an older one of the same code, ignores an older one. */
    public void put(Doc doc) {
        Integer existing = numberOfCode.get(doc.code());
        if (existing != null) {
            if (docs.get(existing).version() >= doc.version()) {
                return;
            }
            live.remove(existing);
            docs.set(existing, null);
        }
        int n = docs.size();
        docs.add(new Doc(doc.code(), doc.version(), doc.list(), doc.name(), doc.category(), doc.section(), doc.status(),
                doc.validFrom(), doc.validTo(), null)); // the text lives on in its lines
        numberOfCode.put(doc.code(), n);
        live.add(n);
        if (doc.code().compareTo(lastInOrder) > 0) {
            lastInOrder = doc.code();
        } else {
            outOfOrder.add(n);
        }
        // Lines, carriers and field sets keep replaced numbers: every search intersects with live.
        for (String line : doc.text().split("\n")) {
            if (!line.isEmpty()) {
                inText.add(lines.numberOf(line), n);
            }
        }
        asName.add(lines.numberOf(SearchText.normalise(doc.name())), n); // the text's first line: no line of its own
        byList.computeIfAbsent(doc.list(), k -> new RoaringBitmap()).add(n);
        byCategory.computeIfAbsent(doc.category(), k -> new RoaringBitmap()).add(n);
        bySection.computeIfAbsent(doc.section(), k -> new RoaringBitmap()).add(n);
        byStatus.computeIfAbsent(doc.status(), k -> new RoaringBitmap()).add(n);
    }

    /** A version that is no longer in force (closed by a newer one): dropped if it is the one held. */
    public void remove(String code, int version) {
        Integer existing = numberOfCode.get(code);
        if (existing != null && docs.get(existing).version() == version) {
            live.remove(existing);
            docs.set(existing, null);
            numberOfCode.remove(code);
        }
    }

    public int size() {
        return live.getCardinality();
    }

    /** Numbers held by replaced versions: {@link CurrentItemsIndex} loads afresh when they outweigh the live ones. */
    public int dropped() {
        return docs.size() - size();
    }

    public ItemQueries.Result search(ItemQueries.Filter f, List<String> terms, int page, int size) {
        List<RoaringBitmap> all = new ArrayList<>();
        all.add(live);
        if (!add(all, byList, f.list().name()) || !add(all, byCategory, f.category()) || !add(all, bySection, f.section())
                || !add(all, byStatus, f.status())) {
            return new ItemQueries.Result(List.of(), 0);
        }
        List<RoaringBitmap> inNames = new ArrayList<>();
        for (String term : terms) {
            Collector text = new Collector();
            Collector name = new Collector();
            lines.holding(term, line -> {
                inText.collect(line, text);
                asName.collect(line, name);
            });
            all.add(text.bitmap());
            inNames.add(name.bitmap());
        }
        RoaringBitmap matches = and(all);
        RoaringBitmap nameFirst = terms.isEmpty() ? NONE : and(List.of(matches, and(inNames)));
        RoaringBitmap others = terms.isEmpty() ? matches : RoaringBitmap.andNot(matches, nameFirst);
        long total = matches.getLongCardinality();
        List<ItemQueries.SummaryRow> rows = new ArrayList<>(Math.min(size, (int) Math.min(total, Integer.MAX_VALUE)));
        long skip = (long) page * size;
        for (RoaringBitmap group : List.of(nameFirst, others)) {
            if (rows.size() == size) {
                break;
            }
            if (skip >= group.getLongCardinality()) {
                skip -= group.getLongCardinality();
                continue;
            }
            IntIterator it = inCodeOrder(group);
            for (; skip > 0 && it.hasNext(); skip--) {
                it.next();
            }
            while (rows.size() < size && it.hasNext()) {
                rows.add(docs.get(it.next()).row());
            }
        }
        return new ItemQueries.Result(rows, total);
    }

    private static RoaringBitmap and(List<RoaringBitmap> sets) {
        List<RoaringBitmap> sorted = new ArrayList<>(sets);
        sorted.sort(Comparator.comparingInt(RoaringBitmap::getCardinality)); // the smallest first
        return sorted.size() == 1 ? sorted.get(0) : FastAggregation.and(sorted.iterator());
    }

    /** The group's numbers in code order: number order, with the few numbered out of order merged in by code. */
    private IntIterator inCodeOrder(RoaringBitmap group) {
        if (!RoaringBitmap.intersects(group, outOfOrder)) {
            return group.getIntIterator();
        }
        IntIterator inOrder = RoaringBitmap.andNot(group, outOfOrder).getIntIterator();
        int[] late = RoaringBitmap.and(group, outOfOrder).stream().boxed()
                .sorted(Comparator.comparing(n -> docs.get(n).code())).mapToInt(Integer::intValue).toArray();
        return new IntIterator() {
            int next = inOrder.hasNext() ? inOrder.next() : -1;
            int at;

            @Override
            public boolean hasNext() {
                return next >= 0 || at < late.length;
            }

            @Override
            public int next() {
                if (at < late.length && (next < 0 || docs.get(late[at]).code().compareTo(docs.get(next).code()) < 0)) {
                    return late[at++];
                }
                int n = next;
                next = inOrder.hasNext() ? inOrder.next() : -1;
                return n;
            }

            @Override
            public IntIterator clone() {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Adds the set of a filter's value; false when the filter asks for a value no item has. */
    private static boolean add(List<RoaringBitmap> sets, Map<String, RoaringBitmap> byValue, String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        RoaringBitmap set = byValue.get(value);
        if (set == null) {
            return false;
        }
        sets.add(set);
        return true;
    }

    /**
     * The distinct lines, numbered, and the lines that have each gram. Their characters lie one after the other in a
     * single array, in the order the lines were first seen: a query reads the lines it checks in that order, so the
     * memory is read front to back instead of one string object here and one there.
     */
    private static final class Lines {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final Map<String, RoaringBitmap> withGram = new HashMap<>();
        private char[] chars = new char[1 << 16];
        private int[] start = new int[1024];
        private int count;

        int numberOf(String line) {
            Integer known = numbers.get(line);
            if (known != null) {
                return known;
            }
            int n = count++;
            if (n + 1 >= start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            int at = start[n];
            if (at + line.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, at + line.length()));
            }
            line.getChars(0, line.length(), chars, at);
            start[n + 1] = at + line.length();
            numbers.put(line, n);
            for (String gram : SearchText.grams(line)) {
                withGram.computeIfAbsent(gram, g -> new RoaringBitmap()).add(n);
            }
            return n;
        }

        /**
         * Passes on the lines that hold the term: those with all its grams (which proves a term of one or two
         * characters), and for a longer term those in which it stands as written.
         */
        void holding(String term, java.util.function.IntConsumer to) {
            Set<String> grams = new LinkedHashSet<>(SearchText.queryGrams(List.of(term)));
            List<RoaringBitmap> sets = new ArrayList<>(grams.size());
            for (String gram : grams) {
                RoaringBitmap set = withGram.get(gram);
                if (set == null) {
                    return;
                }
                sets.add(set);
            }
            boolean proven = term.codePointCount(0, term.length()) <= 2;
            char[] t = term.toCharArray();
            IntIterator it = and(sets).getIntIterator();
            while (it.hasNext()) {
                int line = it.next();
                if (proven || holds(start[line], start[line + 1], t)) {
                    to.accept(line);
                }
            }
        }

        private boolean holds(int from, int to, char[] term) {
            char first = term[0];
            for (int i = from, last = to - term.length; i <= last; i++) {
                if (chars[i] != first) {
                    continue;
                }
                int k = 1;
                while (k < term.length && chars[i + k] == term[k]) {
                    k++;
                }
                if (k == term.length) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Item numbers gathered for one term: lines are numbered as first seen and items arrive in order, so single
     * carriers mostly come in ascending order and go into the bitmap without a sort.
     */
    private static final class Collector {
        private int[] ones = new int[64];
        private int count;
        private boolean ascending = true;
        private final List<RoaringBitmap> sets = new ArrayList<>();

        void one(int doc) {
            if (count == ones.length) {
                ones = Arrays.copyOf(ones, count * 2);
            }
            if (count > 0 && ones[count - 1] >= doc) {
                ascending = false;
            }
            ones[count++] = doc;
        }

        void several(RoaringBitmap docs) {
            sets.add(docs);
        }

        RoaringBitmap bitmap() {
            if (!ascending) { // sorted, and an item that carries two of the lines counted once
                Arrays.sort(ones, 0, count);
                int kept = 0;
                for (int i = 0; i < count; i++) {
                    if (kept == 0 || ones[kept - 1] != ones[i]) {
                        ones[kept++] = ones[i];
                    }
                }
                count = kept;
            }
            RoaringBitmap found = new RoaringBitmap();
            found.addN(ones, 0, count);
            if (sets.isEmpty()) {
                return found;
            }
            sets.add(found);
            return FastAggregation.or(sets.iterator());
        }
    }

    /** For each line, the items that carry it: one number inline, more in a bitmap. */
    private static final class Carriers {
        private int[] single = new int[1024];
        private RoaringBitmap[] several = new RoaringBitmap[1024];

        Carriers() {
            Arrays.fill(single, -1);
        }

        void add(int line, int doc) {
            if (line >= single.length) {
                int from = single.length;
                single = Arrays.copyOf(single, Math.max(line + 1, from * 2));
                Arrays.fill(single, from, single.length, -1);
                several = Arrays.copyOf(several, single.length);
            }
            if (several[line] != null) {
                several[line].add(doc);
            } else if (single[line] < 0 || single[line] == doc) {
                single[line] = doc;
            } else {
                several[line] = RoaringBitmap.bitmapOf(single[line], doc);
            }
        }

        void collect(int line, Collector into) {
            if (line >= single.length) {
                return;
            }
            if (several[line] != null) {
                into.several(several[line]);
            } else if (single[line] >= 0) {
                into.one(single[line]);
            }
        }
    }
}
