package cn.gov.huiji.fourlists.kernel.print;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Printable Chinese tables (the list for the service hall, Art. 3; the discipline group's spot-check report, Art. 29):
 * landscape A4, each table ruled, its header repeated on every page it runs onto, page numbers, and the Chinese font
 * embedded (subset) so the sheet prints the same anywhere. pdfbox is an optional dependency of the kernel: a service
 * that prints declares it itself.
 */
public final class PdfTables {

    static final float MARGIN = 28;
    static final float FONT_SIZE = 7.5f;
    static final float LEADING = 10f;
    static final float PAD = 3f;
    /** Space between a table and one that follows it on the same page. */
    static final float GAP = 14f;

    private PdfTables() {
    }

    /** A column: its header and its width relative to the others. */
    public record Column(String header, float width) {
    }

    /**
     * One table with its title and subtitle. The first table starts the document; a later one starts on a fresh page,
     * unless {@code samePage}, when it follows the previous table wherever there is room for its header and a row.
     */
    public record Table(String title, String subtitle, List<Column> columns, List<List<String>> rows, boolean samePage) {

        public Table(String title, String subtitle, List<Column> columns, List<List<String>> rows) {
            this(title, subtitle, columns, rows, false);
        }
    }

    /** The document of the given tables, in order; {@code documentTitle} goes into the PDF's properties. */
    public static byte[] write(Path fontFile, String documentTitle, List<Table> tables) {
        try (PDDocument doc = new PDDocument()) {
            TrueTypeCollection collection = null;
            PDFont font;
            if (fontFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                collection = new TrueTypeCollection(fontFile.toFile());
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(f -> first.compareAndSet(null, f));
                font = PDType0Font.load(doc, first.get(), true);
            } else {
                font = PDType0Font.load(doc, fontFile.toFile());
            }
            try {
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(documentTitle);
                info.setCreator("Four Lists One Network (四单一网)");

                PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
                Cursor at = null;
                for (Table table : tables) {
                    at = table(doc, size, font, table, at);
                }
                if (at != null) {
                    at.page().close();
                }
                int pages = doc.getNumberOfPages();
                for (int i = 0; i < pages; i++) {
                    try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                        String footer = "第 " + (i + 1) + " 页  共 " + pages + " 页";
                        cs.beginText();
                        cs.setFont(font, 8);
                        cs.newLineAtOffset((size.getWidth() - width(font, footer, 8)) / 2, MARGIN / 2);
                        cs.showText(footer);
                        cs.endText();
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } finally {
                if (collection != null) {
                    collection.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the previous table ended: its page (still open) and the height reached. */
    private record Cursor(Page page, float y) {
    }

    /**
     * One ruled table, from a fresh page or below the previous one: its title, the header repeated on every page it
     * runs onto. {@code after} is where the previous table ended (null for the first); its page is closed here unless
     * this table continues on it. Returns where this table ended, its page still open.
     */
    private static Cursor table(PDDocument doc, PDRectangle size, PDFont font, Table table, Cursor after) throws IOException {
        List<Column> columns = table.columns();
        float tableWidth = size.getWidth() - 2 * MARGIN;
        float total = (float) columns.stream().mapToDouble(Column::width).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = tableWidth * columns.get(i).width() / total;
        }
        List<List<String>> headerLines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            headerLines.add(wrap(font, columns.get(i).header(), widths[i] - 2 * PAD));
        }

        Page page;
        float y;
        // room for the title, the header and about two rows, else a fresh page
        float needed = 10 + 8 + 9 + 17 + (height(headerLines) + 2 * (LEADING + 2 * PAD));
        if (after != null && table.samePage() && after.y() - GAP - needed > MARGIN + 20) {
            page = after.page();
            y = page.start(table.title(), table.subtitle(), true, after.y() - GAP, 12);
        } else {
            if (after != null) {
                after.page().close();
            }
            page = new Page(doc, size, font);
            y = page.start(table.title(), table.subtitle(), true, size.getHeight() - MARGIN, 15);
        }
        y = page.row(y, widths, headerLines, true);
        for (List<String> row : table.rows()) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String cell = i < row.size() && row.get(i) != null ? row.get(i) : "";
                cells.add(wrap(font, cell, widths[i] - 2 * PAD));
            }
            // A row taller than what is left goes on, line by line, on the next page under a repeated header.
            while (true) {
                int fit = (int) Math.floor((y - MARGIN - 20 - 2 * PAD) / LEADING);
                int need = cells.stream().mapToInt(List::size).max().orElse(1);
                if (need <= fit) {
                    y = page.row(y, widths, cells, false);
                    break;
                }
                if (fit >= 3) {
                    List<List<String>> head = new ArrayList<>();
                    List<List<String>> rest = new ArrayList<>();
                    for (List<String> c : cells) {
                        head.add(c.subList(0, Math.min(fit, c.size())));
                        rest.add(c.subList(Math.min(fit, c.size()), c.size()));
                    }
                    page.row(y, widths, head, false);
                    cells = rest;
                }
                page.close();
                page = new Page(doc, size, font);
                y = page.start(table.title(), table.subtitle(), false, size.getHeight() - MARGIN, 10);
                y = page.row(y, widths, headerLines, true);
            }
        }
        return new Cursor(page, y);
    }

    private static float height(List<List<String>> cells) {
        return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1)) * LEADING + 2 * PAD;
    }

    /** One page being drawn. */
    private static final class Page {
        final PDPageContentStream cs;
        final PDRectangle size;
        final PDFont font;
        boolean closed;

        Page(PDDocument doc, PDRectangle size, PDFont font) throws IOException {
            PDPage p = new PDPage(size);
            doc.addPage(p);
            this.cs = new PDPageContentStream(doc, p);
            this.size = size;
            this.font = font;
        }

        /** The table's title (and on its first page the subtitle) from {@code top}; returns where the table begins. */
        float start(String title, String subtitle, boolean firstPage, float top, float titleSize) throws IOException {
            float y = top;
            String shown = title + (firstPage ? "" : "（续）");
            text(shown, (size.getWidth() - width(font, shown, titleSize)) / 2, y - titleSize, titleSize);
            y -= titleSize + 8;
            if (firstPage && subtitle != null && !subtitle.isEmpty()) {
                text(subtitle, (size.getWidth() - width(font, subtitle, 9)) / 2, y - 9, 9);
                y -= 17;
            }
            return y;
        }

        float row(float top, float[] widths, List<List<String>> cells, boolean header) throws IOException {
            float height = height(cells);
            float x = MARGIN;
            if (header) {
                cs.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                cs.addRect(MARGIN, top - height, sum(widths), height);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            cs.setLineWidth(0.5f);
            for (int i = 0; i < widths.length; i++) {
                cs.addRect(x, top - height, widths[i], height);
                cs.stroke();
                float ty = top - PAD - FONT_SIZE;
                for (String line : cells.get(i)) {
                    text(line, x + PAD, ty, FONT_SIZE);
                    ty -= LEADING;
                }
                x += widths[i];
            }
            return top - height;
        }

        void text(String s, float x, float y, float fontSize) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, fontSize);
            cs.newLineAtOffset(x, y);
            cs.showText(printable(font, s));
            cs.endText();
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                cs.close();
            }
        }
    }

    static float sum(float[] a) {
        float s = 0;
        for (float f : a) {
            s += f;
        }
        return s;
    }

    static float width(PDFont font, String s, float size) throws IOException {
        return font.getStringWidth(printable(font, s)) / 1000 * size;
    }

    /** The text with every character the font lacks replaced by 「?」, so one odd character never fails the document. */
    static String printable(PDFont font, String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.getStringWidth(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Breaks a cell's text into lines that fit the column; characters the font lacks become 「?」. */
    static List<String> wrap(PDFont font, String text, float maxWidth) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float w = 0;
            int[] cps = para.codePoints().toArray();
            for (int cp : cps) {
                String ch = new String(Character.toChars(cp));
                float cw;
                try {
                    cw = font.getStringWidth(ch) / 1000 * FONT_SIZE;
                } catch (IllegalArgumentException | IOException e) {
                    ch = "?";
                    cw = font.getStringWidth(ch) / 1000 * FONT_SIZE;
                }
                if (w + cw > maxWidth && !line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                line.append(ch);
                w += cw;
            }
            out.add(line.toString());
        }
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
