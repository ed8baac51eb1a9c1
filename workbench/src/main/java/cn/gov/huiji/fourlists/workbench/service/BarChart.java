package cn.gov.huiji.fourlists.workbench.service;

import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart drawn on the server as inline SVG: no script (the workbench's CSP allows none inline), colours as
 * presentation attributes (no style attributes), and it prints. Bars run horizontally so that a section's full Chinese
 * name fits beside its bars at 1366×768 and on a tablet; each bar's length is proportional to its value on a scale
 * that starts at zero. To a screen reader the chart is one image with its title and description; the page shows the
 * same numbers in a table below it.
 */
public final class BarChart {

    /** One kind of bar, e.g. 按时公布, with its fill (at least 3:1 against white, WCAG 1.4.11). */
    public record Series(String name, String fill) {
    }

    /** One row of bars, e.g. a section, with one value per series. */
    public record Group(String label, List<Long> values) {
        public Group {
            values = List.copyOf(values);
        }
    }

    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 210;
    static final int VALUE_ROOM = 60;
    static final int PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_ROOM;
    static final int BAR = 16;
    static final int BAR_GAP = 3;
    static final int GROUP_GAP = 16;
    static final int LEGEND = 40;
    static final int AXIS = 30;
    /** About fourteen Chinese characters fit the label column at 14px; longer names take a second line. */
    static final int LABEL_LINE = 14;

    private final String title;
    private final String description;
    private final List<Series> series;
    private final List<Group> groups;

    public BarChart(String title, String description, List<Series> series, List<Group> groups) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        for (Group g : groups) {
            if (g.values().size() != series.size()) {
                throw new IllegalArgumentException("group " + g.label() + " has " + g.values().size() + " values for "
                        + series.size() + " series");
            }
            if (g.values().stream().anyMatch(v -> v < 0)) {
                throw new IllegalArgumentException("group " + g.label() + " has a negative count");
            }
        }
        this.title = title;
        this.description = description;
        this.series = List.copyOf(series);
        this.groups = List.copyOf(groups);
    }

    public String title() {
        return title;
    }

    public List<Series> series() {
        return series;
    }

    public List<Group> groups() {
        return groups;
    }

    /** The chart as an {@code <svg>} element; {@code id} prefixes the ids of its title and description. */
    public String svg(String id) {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        long max = groups.stream().flatMap(g -> g.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long step = tickStep(max);
        long scale = scaleMax(max);
        int groupHeight = series.size() * BAR + (series.size() - 1) * BAR_GAP;
        int pitch = Math.max(groupHeight, 36) + GROUP_GAP;
        int plotTop = LEGEND;
        int plotBottom = plotTop + groups.size() * pitch;
        int height = plotBottom + AXIS;

        StringBuilder s = new StringBuilder(2048);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" aria-describedby=\"").append(id).append("-desc\">");
        s.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        s.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");

        // legend: a swatch and the series' name, left to right
        int x = LABEL_WIDTH;
        for (Series se : series) {
            s.append("<rect class=\"swatch\" x=\"").append(x).append("\" y=\"12\" width=\"14\" height=\"14\" fill=\"")
                    .append(escape(se.fill())).append("\"/>");
            s.append("<text x=\"").append(x + 20).append("\" y=\"24\" font-size=\"14\" fill=\"#1a1a1a\">").append(escape(se.name()))
                    .append("</text>");
            x += 20 + 14 * se.name().codePointCount(0, se.name().length()) + 24;
        }

        // gridlines on round numbers, their values under the axis
        for (long tick = 0; tick <= scale; tick += step) {
            String tx = number(LABEL_WIDTH + length(tick, scale));
            s.append("<line x1=\"").append(tx).append("\" y1=\"").append(plotTop).append("\" x2=\"").append(tx).append("\" y2=\"")
                    .append(plotBottom).append("\" stroke=\"").append(tick == 0 ? "#595959" : "#c8c8c8").append("\" stroke-width=\"1\"/>");
            s.append("<text x=\"").append(tx).append("\" y=\"").append(plotBottom + 20)
                    .append("\" font-size=\"13\" fill=\"#595959\" text-anchor=\"middle\">").append(tick).append("</text>");
        }

        int y = plotTop + GROUP_GAP / 2;
        for (Group g : groups) {
            List<String> lines = wrap(g.label());
            int labelTop = y + Math.max(groupHeight, 36) / 2 - (lines.size() * 17) / 2 + 13;
            s.append("<text x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(labelTop)
                    .append("\" font-size=\"14\" fill=\"#1a1a1a\" text-anchor=\"end\">");
            for (int i = 0; i < lines.size(); i++) {
                s.append("<tspan x=\"").append(LABEL_WIDTH - 10).append("\" dy=\"").append(i == 0 ? 0 : 17).append("\">")
                        .append(escape(lines.get(i))).append("</tspan>");
            }
            s.append("</text>");
            int barTop = y + (Math.max(groupHeight, 36) - groupHeight) / 2;
            for (int i = 0; i < series.size(); i++) {
                long value = g.values().get(i);
                double len = length(value, scale);
                int by = barTop + i * (BAR + BAR_GAP);
                s.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(by).append("\" width=\"")
                        .append(number(len)).append("\" height=\"").append(BAR).append("\" fill=\"").append(escape(series.get(i).fill()))
                        .append("\"><title>").append(escape(g.label() + " · " + series.get(i).name() + "：" + value)).append("</title></rect>");
                s.append("<text x=\"").append(number(LABEL_WIDTH + len + 5)).append("\" y=\"").append(by + BAR - 3)
                        .append("\" font-size=\"13\" fill=\"#1a1a1a\">").append(value).append("</text>");
            }
            y += pitch;
        }
        return s.append("</svg>").toString();
    }

    /** A bar's length: proportional to its value, the whole plot width being the scale's upper end. */
    static double length(long value, long scale) {
        return (double) value * PLOT_WIDTH / scale;
    }

    /** The distance between gridlines: 1, 2 or 5 times a power of ten, about four of them across. */
    static long tickStep(long max) {
        if (max <= 4) {
            return 1;
        }
        double raw = max / 4.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return Math.max(1, Math.round(nice * magnitude));
    }

    /** The scale's upper end: the first gridline at or above the largest value (at least 1, so an all-zero chart draws). */
    static long scaleMax(long max) {
        long step = tickStep(max);
        return Math.max(step, (max + step - 1) / step * step);
    }

    private static List<String> wrap(String label) {
        int[] cps = label.codePoints().toArray();
        if (cps.length <= LABEL_LINE) {
            return List.of(label);
        }
        String first = new String(cps, 0, LABEL_LINE);
        int rest = cps.length - LABEL_LINE;
        String second = rest <= LABEL_LINE ? new String(cps, LABEL_LINE, rest) : new String(cps, LABEL_LINE, LABEL_LINE - 1) + "…";
        return List.of(first, second);
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** Text as XML character data or attribute value: names come from other services and may hold anything. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 cannot carry are dropped rather than break the page
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
