package cn.gov.huiji.fourlists.workbench.service;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 统计图: bars as long as their counts on a scale from zero, every name from a service escaped, an image with a name. */
class BarChartTest {

    static final List<BarChart.Series> ON_TIME_AND_OVERDUE = List.of(new BarChart.Series("按时公布", "#1f5fa8"),
            new BarChart.Series("曾超期", "#a33c00"));

    @Test
    void eachBarIsAsLongAsItsCountOnAScaleStartingAtZero() throws Exception {
        BarChart chart = new BarChart("各科室动态调整申请", "两个科室", ON_TIME_AND_OVERDUE,
                List.of(new BarChart.Group("危险化学品安全监督管理科", List.of(3L, 6L)), new BarChart.Group("执法监察大队", List.of(12L, 0L))));
        List<Element> bars = bars(parse(chart.svg("adjustment-chart")));
        long[] values = {3, 6, 12, 0};
        assertEquals(values.length, bars.size(), "one bar per section and series");
        double perUnit = length(bars.get(2)) / 12;
        assertTrue(perUnit > 0, "the largest count has a visible bar");
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i] * perUnit, length(bars.get(i)), 0.01,
                    "bar " + i + " (count " + values[i] + ") is not proportional to its count");
        }
        assertEquals(0.0, length(bars.get(3)), "a count of 0 has no bar");
        assertTrue(length(bars.get(2)) <= BarChart.PLOT_WIDTH, "the largest bar stays inside the plot");
        assertEquals("执法监察大队 · 按时公布：12", bars.get(2).getElementsByTagName("title").item(0).getTextContent(),
                "each bar names its section, series and count for a pointer");
        double[] x = bars.stream().mapToDouble(b -> Double.parseDouble(b.getAttribute("x"))).toArray();
        for (double start : x) {
            assertEquals(BarChart.LABEL_WIDTH, start, 0.001, "every bar starts at the zero line");
        }
    }

    @Test
    void aScaleEndsOnARoundNumberAtOrAboveTheLargestCount() {
        assertEquals(15, BarChart.scaleMax(12), "12 on a scale of 0, 5, 10, 15");
        assertEquals(4, BarChart.scaleMax(4));
        assertEquals(1, BarChart.scaleMax(0), "an all-zero chart still has a scale");
        assertEquals(1000, BarChart.scaleMax(1000));
        assertEquals(200, BarChart.tickStep(730), "about four gridlines across");
    }

    @Test
    void namesFromServicesAreEscapedNotInterpreted() throws Exception {
        String section = "<b>甲&\"乙'</b>";
        String title = "调整 <申请> & 投诉";
        BarChart chart = new BarChart(title, "描述 <desc>", List.of(new BarChart.Series("按时 & 超期", "#1f5fa8")),
                List.of(new BarChart.Group(section, List.of(1L))));
        String svg = chart.svg("x-chart");
        assertFalse(svg.contains("<b>"), "a section name must not become markup: " + svg);
        assertFalse(svg.contains("<申请>"), "the title must not become markup");
        Document doc = parse(svg); // well-formed XML, or this throws
        assertEquals(title, doc.getElementsByTagName("title").item(0).getTextContent(), "the title reads as given");
        assertEquals(title, doc.getDocumentElement().getAttribute("aria-label"));
        assertEquals(section, doc.getElementsByTagName("tspan").item(0).getTextContent(), "the label reads as given");
        assertTrue(svg.contains("按时 &amp; 超期"), "the series name is escaped in the legend");
    }

    @Test
    void toAScreenReaderTheChartIsOneImageWithItsTitleAndDescription() throws Exception {
        BarChart chart = new BarChart("各科室投诉举报", "每个科室三根条", ON_TIME_AND_OVERDUE,
                List.of(new BarChart.Group("办公室", List.of(1L, 2L))));
        Element svg = parse(chart.svg("complaint-chart")).getDocumentElement();
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("各科室投诉举报", svg.getAttribute("aria-label"));
        assertEquals("complaint-chart-desc", svg.getAttribute("aria-describedby"));
        Element desc = (Element) svg.getElementsByTagName("desc").item(0);
        assertEquals("complaint-chart-desc", desc.getAttribute("id"), "the description is the one aria-describedby names");
        assertEquals("每个科室三根条", desc.getTextContent());
        assertEquals("complaint-chart-title", ((Element) svg.getElementsByTagName("title").item(0)).getAttribute("id"));
        assertFalse(chart.svg("complaint-chart").contains("style="), "no style attributes: the CSP allows no inline style");
    }

    @Test
    void aLongSectionNameTakesASecondLineAndIsCutOnlyBeyondIt() throws Exception {
        String name = "这是一个名称非常非常非常长的科室名称用于测试换行和截断的效果";
        BarChart chart = new BarChart("t", "d", ON_TIME_AND_OVERDUE, List.of(new BarChart.Group(name, List.of(1L, 1L))));
        NodeList lines = parse(chart.svg("c")).getElementsByTagName("tspan");
        assertEquals(2, lines.getLength(), "two lines at most");
        assertEquals(name.substring(0, 14), lines.item(0).getTextContent());
        assertTrue(lines.item(1).getTextContent().endsWith("…"), "what does not fit is marked as cut");
    }

    @Test
    void everyGroupNeedsOneCountPerSeriesAndNoneNegative() {
        assertThrows(IllegalArgumentException.class, () -> new BarChart("t", "d", ON_TIME_AND_OVERDUE,
                List.of(new BarChart.Group("办公室", List.of(1L)))));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("t", "d", ON_TIME_AND_OVERDUE,
                List.of(new BarChart.Group("办公室", List.of(1L, -1L)))));
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> bars(Document doc) {
        List<Element> bars = new ArrayList<>();
        NodeList rects = doc.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if ("bar".equals(r.getAttribute("class"))) {
                bars.add(r);
            }
        }
        return bars;
    }

    static double length(Element bar) {
        return Double.parseDouble(bar.getAttribute("width"));
    }
}
