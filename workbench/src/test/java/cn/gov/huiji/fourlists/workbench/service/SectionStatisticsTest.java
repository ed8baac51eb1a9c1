package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 统计: the services' counts per section as rows and charts, in the sections' Chinese names. */
class SectionStatisticsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> SECTIONS = Map.of("hazchem", "危险化学品安全监督管理科", "office", "办公室");

    @Test
    void adjustmentsPerSectionCompareThoseOnTimeWithThoseOverdue() throws Exception {
        var rows = SectionStatistics.adjustments(JSON.readTree("""
                [{"section":"hazchem","requests":9,"published":5,"onTime":4,"returned":2,"overdue":3,"appliedLate":1},
                 {"section":"mines","requests":1,"published":0,"onTime":0,"returned":0,"overdue":0,"appliedLate":0}]"""), SECTIONS);
        assertEquals(new SectionStatistics.AdjustmentRow("hazchem", "危险化学品安全监督管理科", 9, 5, 4, 2, 3, 1), rows.get(0),
                "every count of adjustment-service kept, under the section's name");
        assertEquals("mines", rows.get(1).name(), "a section list-service does not know is shown by its code");
        BarChart chart = SectionStatistics.adjustmentChart(rows);
        assertEquals(List.of("按时公布", "曾超期"), chart.series().stream().map(BarChart.Series::name).toList());
        assertEquals(List.of(4L, 3L), chart.groups().get(0).values(), "on time against overdue");
    }

    @Test
    void complaintsOfEveryKindAddUpPerSectionAndUnassignedOnesStandApart() throws Exception {
        var rows = SectionStatistics.complaints(JSON.readTree("""
                {"bySection":[{"key":"","kind":"COMPLAINT","cases":2,"open":2,"overdue":1},
                              {"key":"hazchem","kind":"COMPLAINT","cases":5,"open":3,"overdue":1},
                              {"key":"hazchem","kind":"REPORT","cases":4,"open":1,"overdue":1}],
                 "byItem":[{"key":"3700000225001","kind":"COMPLAINT","cases":1,"open":1,"overdue":0}]}"""), SECTIONS);
        assertEquals(2, rows.size(), "one row per section, whatever the kinds");
        assertEquals(new SectionStatistics.ComplaintRow("", "尚未交办", 2, 0, 1, 1), rows.get(0));
        SectionStatistics.ComplaintRow hazchem = rows.get(1);
        assertEquals(new SectionStatistics.ComplaintRow("hazchem", "危险化学品安全监督管理科", 9, 5, 2, 2), hazchem,
                "9 cases: 5 no longer open, 4 open of which 2 past their limit");
        assertEquals(4, hazchem.open());
        assertEquals(List.of(5L, 2L, 2L), SectionStatistics.complaintChart(rows).groups().get(1).values(),
                "settled, open on time, open overdue");
    }
}
