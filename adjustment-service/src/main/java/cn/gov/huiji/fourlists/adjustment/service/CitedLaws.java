package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The laws an item cites, in the form a law change is matched against (R-LIST-10): the title as the law is known —
 * without 《》 and without the prefix 中华人民共和国, so 《中华人民共和国安全生产法》 and 《安全生产法》 are one law — and the
 * version or document number as cited (版本或文号), or none. Two titles are the same law only when equal: 《河南省安全生产条例》
 * is not 《安全生产法》, however much of one is in the other.
 */
public final class CitedLaws {

    /** One citation in the published text: 【法律】《title》（version）article — the level and the version may be absent. */
    private static final java.util.regex.Pattern PUBLISHED = java.util.regex.Pattern.compile("《([^》]+)》(?:（([^）]*)）)?");

    private CitedLaws() {
    }

    /** A law as cited, normalised for matching. */
    public record Law(String title, String version) {
    }

    /** The title of a law as it is matched: without 《》, surrounding spaces and the prefix 中华人民共和国. */
    public static String title(String cited) {
        if (cited == null) {
            return "";
        }
        return cited.replace("《", "").replace("》", "").strip().replaceFirst("^中华人民共和国", "").strip();
    }

    /** A version as it is matched: without surrounding spaces and （）; null when none is given. */
    public static String version(String cited) {
        if (cited == null) {
            return null;
        }
        String v = cited.strip();
        if (v.startsWith("（") && v.endsWith("）") || v.startsWith("(") && v.endsWith(")")) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v.isEmpty() ? null : v;
    }

    /**
     * The laws an item event cites: its structured citations when list-service sent them; for an event recorded before
     * it did, read from the published basis text, citation by citation, in exactly the form list-service prints.
     */
    public static List<Law> of(ListEvents.ItemVersionChanged item) {
        Set<Law> laws = new LinkedHashSet<>();
        if (item.citations() != null) {
            for (ListEvents.CitedLaw c : item.citations()) {
                if (c == null || title(c.title()).isEmpty()) {
                    throw new IllegalArgumentException("a citation of item " + item.code() + " names no law");
                }
                laws.add(new Law(title(c.title()), version(c.version())));
            }
        } else {
            laws.addAll(parse(item.legalBasis()));
        }
        return new ArrayList<>(laws);
    }

    /** The laws a published basis text cites: each 《title》 with the （version） right after it, if any. */
    public static List<Law> parse(String legalBasis) {
        Set<Law> laws = new LinkedHashSet<>();
        if (legalBasis != null) {
            Matcher m = PUBLISHED.matcher(legalBasis);
            while (m.find()) {
                String title = title(m.group(1));
                if (!title.isEmpty()) {
                    laws.add(new Law(title, version(m.group(2))));
                }
            }
        }
        return new ArrayList<>(laws);
    }
}
