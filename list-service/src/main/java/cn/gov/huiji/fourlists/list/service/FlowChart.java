package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent.ProcessStep;

import java.util.ArrayList;
import java.util.List;

/**
 * The process flow drawn as a flow chart (运行流程图, Art. 14): start, each step with who does it and its time
 * limit, end — as SVG, so the portal shows it and a browser prints it.
 */
public final class FlowChart {

    static final int WIDTH = 640;
    static final int BOX_WIDTH = 480;
    static final int BOX_HEIGHT = 60;
    static final int GAP = 36;
    static final int LINE = 26; // characters per line in a box

    private FlowChart() {
    }

    public static String svg(ListItemContent item) {
        List<ProcessStep> steps = item.processFlow() == null ? List.of() : item.processFlow();
        int x = (WIDTH - BOX_WIDTH) / 2;
        int y = 70;
        StringBuilder body = new StringBuilder();
        body.append(terminal(WIDTH / 2, y, "开始"));
        y += 20;
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep s = steps.get(i);
            body.append(arrow(WIDTH / 2, y, y + GAP));
            y += GAP;
            List<String> lines = wrap((i + 1) + ". " + s.step(), LINE);
            String meta = (s.role() == null ? "" : s.role()) + (s.timeLimitDays() == null ? "" : (s.role() == null ? "" : " · ")
                    + s.timeLimitDays() + "个工作日");
            int h = Math.max(BOX_HEIGHT, 24 + lines.size() * 20 + (meta.isEmpty() ? 0 : 20));
            body.append("<g class=\"step\"><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_WIDTH)
                    .append("\" height=\"").append(h).append("\" rx=\"6\" fill=\"#eef4fb\" stroke=\"#1f4e8c\" stroke-width=\"1.5\"/>");
            int ty = y + 24;
            for (String line : lines) {
                body.append(text(WIDTH / 2, ty, line, "16", "bold"));
                ty += 20;
            }
            if (!meta.isEmpty()) {
                body.append(text(WIDTH / 2, ty, meta, "13", "normal"));
            }
            body.append("</g>");
            y += h;
        }
        if (steps.isEmpty()) {
            body.append(arrow(WIDTH / 2, y, y + GAP));
            y += GAP;
            body.append(text(WIDTH / 2, y + 20, "本事项未载明运行流程", "14", "normal"));
            y += 30;
        }
        body.append(arrow(WIDTH / 2, y, y + GAP));
        y += GAP + 20;
        body.append(terminal(WIDTH / 2, y, "办结"));
        y += 40;
        String limits = (item.statutoryLimitDays() == null ? "" : "法定时限 " + item.statutoryLimitDays() + " 个工作日")
                + (item.promisedLimitDays() == null ? "" : (item.statutoryLimitDays() == null ? "" : "；") + "承诺时限 "
                + item.promisedLimitDays() + " 个工作日");
        if (!limits.isEmpty()) {
            body.append(text(WIDTH / 2, y, limits, "13", "normal"));
            y += 24;
        }
        String title = item.name();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + y + "\" viewBox=\"0 0 " + WIDTH + " " + y
                + "\" role=\"img\" aria-labelledby=\"title\" font-family=\"'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif\">"
                + "<title id=\"title\">" + escape(title) + " 运行流程图</title>"
                + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1f4e8c\"/></marker></defs>"
                + text(WIDTH / 2, 32, wrap(title, 36).get(0) + " 运行流程图", "17", "bold")
                + body + "</svg>\n";
    }

    private static String terminal(int cx, int cy, String label) {
        return "<g class=\"terminal\"><ellipse cx=\"" + cx + "\" cy=\"" + cy + "\" rx=\"60\" ry=\"20\" fill=\"#1f4e8c\"/>"
                + "<text x=\"" + cx + "\" y=\"" + (cy + 5) + "\" text-anchor=\"middle\" font-size=\"15\" fill=\"#ffffff\">" + label + "</text></g>";
    }

    private static String arrow(int x, int from, int to) {
        return "<line x1=\"" + x + "\" y1=\"" + from + "\" x2=\"" + x + "\" y2=\"" + (to - 2)
                + "\" stroke=\"#1f4e8c\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>";
    }

    private static String text(int x, int y, String s, String size, String weight) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\" font-size=\"" + size + "\" font-weight=\"" + weight
                + "\" fill=\"#1a1a1a\">" + escape(s) + "</text>";
    }

    static List<String> wrap(String s, int perLine) {
        List<String> lines = new ArrayList<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i += perLine) {
            lines.add(new String(cps, i, Math.min(perLine, cps.length - i)));
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
