package cn.gov.huiji.fourlists.list.publishing;

import cn.gov.huiji.fourlists.kernel.print.PdfTables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The printable list for posting in the service hall (Art. 3): the published columns as a ruled table, drawn by the
 * kernel's {@link PdfTables} (landscape A4, header repeated on every page, page numbers, Chinese font embedded).
 */
public final class PdfFormat {

    private PdfFormat() {
    }

    /**
     * A further table after the list, on a page of its own, e.g. the discretion standards (行政处罚自由裁量基准, R-LIST-7).
     */
    public record Section(String title, String subtitle, List<PublishedLayout.Column> columns, List<List<String>> rows) {
    }

    public static byte[] write(Path fontFile, String title, String subtitle, List<PublishedLayout.Column> columns,
                               List<List<String>> rows) {
        return write(fontFile, title, subtitle, columns, rows, List.of());
    }

    public static byte[] write(Path fontFile, String title, String subtitle, List<PublishedLayout.Column> columns,
                               List<List<String>> rows, List<Section> sections) {
        List<PdfTables.Table> tables = new ArrayList<>();
        tables.add(new PdfTables.Table(title, subtitle, printed(columns), rows));
        for (Section s : sections) {
            tables.add(new PdfTables.Table(s.title(), s.subtitle(), printed(s.columns()), s.rows()));
        }
        return PdfTables.write(fontFile, title, tables);
    }

    static List<PdfTables.Column> printed(List<PublishedLayout.Column> columns) {
        return columns.stream().map(c -> new PdfTables.Column(c.header(), c.width())).toList();
    }
}
