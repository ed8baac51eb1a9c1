package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import java.time.Clock;

import cn.gov.huiji.fourlists.kernel.print.PrintFont;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.config.ExportConfig;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;
import cn.gov.huiji.fourlists.list.publishing.DiscretionSheet;
import cn.gov.huiji.fourlists.list.publishing.PdfFormat;
import cn.gov.huiji.fourlists.list.publishing.PublishedLayout;
import cn.gov.huiji.fourlists.list.publishing.XlsxFormat;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Publishes a list as a spreadsheet (xlsx, csv) or a printable PDF, in the published column layout (R-LIST-5). */
@ApplicationScoped
public class ListPublisher {

    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("text/csv; charset=UTF-8", "csv"),
        PDF("application/pdf", "pdf");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    public record Document(byte[] bytes, Format format, String fileName) {
    }

    private final ItemQueries queries;
    @jakarta.inject.Inject
    Clock clock;
    private final ExportConfig config;
    private final SectionService sectionService;

    public ListPublisher(ItemQueries queries, ExportConfig config, SectionService sectionService) {
        this.queries = queries;
        this.sectionService = sectionService;
        this.config = config;
    }

    /** The items in force (published, not repealed) now or at the end of the asOf day. */
    public Document publish(ListKind list, Format format, LocalDate asOf) {
        PublishedLayout layout = PublishedLayout.of(list);
        List<ListItemVersion> items = queries.inForce(list, asOf);
        PublishedLayout.Sections sections = sections();
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ListItemVersion v : items) {
            rows.add(layout.render(n++, v.fields.content, sections));
        }
        LocalDate day = asOf != null ? asOf : BureauClock.today(clock);
        String subtitle = "（截至 " + day + "，共 " + rows.size() + " 项）";
        String file = "huiji-ajj-" + list.path() + "-" + day + "." + format.extension;
        byte[] bytes = switch (format) {
            case CSV -> {
                List<List<String>> all = new ArrayList<>();
                all.add(layout.headers());
                all.addAll(rows);
                yield SpreadsheetCsv.writeBytes(all);
            }
            case XLSX -> XlsxFormat.write(layout.title(), subtitle, layout.columns(), rows, discretion(list, items).stream()
                    .map(d -> new XlsxFormat.Extra(DiscretionSheet.SHEET, d.title(), subtitle(day, d.rows().size()),
                            DiscretionSheet.COLUMNS, d.rows())).toList());
            case PDF -> PdfFormat.write(font(), layout.title(), subtitle, layout.columns(), rows, discretion(list, items).stream()
                    .map(d -> new PdfFormat.Section(d.title(), subtitle(day, d.printRows().size()), DiscretionSheet.PRINT_COLUMNS,
                            d.printRows())).toList());
        };
        return new Document(bytes, format, file);
    }

    private record Discretion(String title, List<List<String>> rows, List<List<String>> printRows) {
    }

    /**
     * The discretion standards of the exported items (R-LIST-7), after the list: always for the power list, whose
     * 行政处罚 items carry them; for another list only when one of its items does.
     */
    private static List<Discretion> discretion(ListKind list, List<ListItemVersion> items) {
        List<cn.gov.huiji.fourlists.kernel.contract.ListItemContent> contents = items.stream().map(v -> v.fields.content).toList();
        if (list != ListKind.POWER && !DiscretionSheet.any(contents)) {
            return List.of();
        }
        return List.of(new Discretion("惠济区安全生产监督管理局" + DiscretionSheet.TITLE, DiscretionSheet.rows(contents),
                DiscretionSheet.printRows(contents)));
    }

    private static String subtitle(LocalDate day, int levels) {
        return "（截至 " + day + "，共 " + levels + " 个裁量阶次）";
    }

    /** The sections as the published layout names them. */
    public PublishedLayout.Sections sections() {
        return new PublishedLayout.Sections() {
            public String codeOf(String codeOrName) {
                return sectionService.codeOf(codeOrName);
            }

            public String nameOf(String code) {
                return sectionService.nameOf(code);
            }
        };
    }

    /** The Chinese font to embed: configured, or where deploy/fonts/fetch and Debian put it (the kernel's PrintFont). */
    Path font() {
        return PrintFont.locate(config.pdfFont())
                .orElseThrow(() -> ProblemException.of(503, "font-missing", "Printable list unavailable", "暂无法生成打印版清单",
                        "The Chinese font for the PDF is not installed; run deploy/fonts/fetch. The spreadsheet exports still work.",
                        "未安装 PDF 所需的中文字体（请运行 deploy/fonts/fetch）；电子表格导出不受影响。"));
    }
}
