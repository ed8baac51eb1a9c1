package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.list.domain.ItemFields;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese search without a word segmenter (R-LIST-5): text is cut into runs of letters and digits, and every
 * character and every pair of adjacent characters of a run is a gram. A query's grams must all be in an item's
 * grams (an index lookup); the item's text must then contain the query itself. So 危险化学品, 烟花爆竹 and
 * 安全生产许可证 are found wherever they stand, and nothing is found that does not contain them.
 */
public final class SearchText {

    private SearchText() {
    }

    /** Full-width to half-width, lower case: 「ＡＪ」 finds 「aj」. */
    public static String normalise(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** What an item is found by: name, code, basis, sub-items and duties. */
    public static String indexedText(String code, ItemFields fields) {
        StringBuilder b = new StringBuilder();
        b.append(fields.name).append('\n').append(code).append('\n');
        if (fields.legalBasis != null) {
            b.append(fields.legalBasis).append('\n');
        }
        ListItemContent c = fields.content;
        if (c != null) {
            if (c.subItems() != null) {
                c.subItems().forEach(s -> b.append(s.name()).append('\n'));
            }
            if (c.duties() != null) {
                c.duties().forEach(d -> b.append(d.stage()).append('：').append(d.content()).append('\n'));
            }
        }
        return normalise(b.toString());
    }

    /** The unigrams and bigrams of the text's runs of letters and digits. */
    public static Set<String> grams(String normalised) {
        Set<String> grams = new LinkedHashSet<>();
        for (String run : runs(normalised)) {
            int[] cps = run.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                grams.add(new String(cps, i, 1));
                if (i + 1 < cps.length) {
                    grams.add(new String(cps, i, 2));
                }
            }
        }
        return grams;
    }

    /** The query's terms (split on spaces and punctuation), normalised; an item must contain each. */
    public static List<String> terms(String query) {
        return runs(normalise(query)).stream().filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** The grams a term needs: its bigrams, or the single character of a one-character term. */
    public static Set<String> queryGrams(List<String> terms) {
        Set<String> grams = new LinkedHashSet<>();
        for (String t : terms) {
            int[] cps = t.codePoints().toArray();
            if (cps.length == 1) {
                grams.add(t);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                grams.add(new String(cps, i, 2));
            }
        }
        return grams;
    }

    private static List<String> runs(String s) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                run.appendCodePoint(cp);
            } else if (!run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        });
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

}
