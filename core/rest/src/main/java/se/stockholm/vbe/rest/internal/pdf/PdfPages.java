package se.stockholm.vbe.rest.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A flow of A4 pages: headings, paragraphs and tables written top to bottom, a new page whenever the next line
 * does not fit (a table row too long for one page goes on over the next, under its repeated header), and at the
 * end a footer on every page with the document's title and "Sida n av N". Black text on white and grey rules only,
 * so it prints the same in black and white. Not thread-safe: one instance per document.
 */
final class PdfPages {

    static final float BODY = 10;
    static final float SMALL = 8.5f;
    private static final float MARGIN = 50;
    private static final float FOOTER = 30;
    private static final float CELL_PADDING = 3;
    private static final PDRectangle PORTRAIT = PDRectangle.A4;
    private static final PDRectangle LANDSCAPE = new PDRectangle(PORTRAIT.getHeight(), PORTRAIT.getWidth());

    /** A table column: its header and its share of the text width. */
    record Column(String header, float share) {
    }

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPageContentStream content;
    private PDRectangle size = PORTRAIT;
    private float y;

    /** The fonts' files, read from the bundle once; each document parses and subsets its own copy. */
    private static final byte[] REGULAR = fontFile("DejaVuSans.ttf");
    private static final byte[] BOLD = fontFile("DejaVuSans-Bold.ttf");

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
    }

    private static byte[] fontFile(String file) {
        try (InputStream ttf = PdfPages.class.getResourceAsStream("fonts/" + file)) {
            if (ttf == null) {
                throw new IllegalStateException("font " + file + " is missing from the bundle");
            }
            return ttf.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** A new page in the orientation of the current one. */
    void newPage() throws IOException {
        newPage(size);
    }

    void newPortraitPage() throws IOException {
        newPage(PORTRAIT);
    }

    /** A landscape page, and so are the pages a table started here runs over: for wide tables. */
    void newLandscapePage() throws IOException {
        newPage(LANDSCAPE);
    }

    private void newPage(PDRectangle pageSize) throws IOException {
        if (content != null) {
            content.close();
        }
        size = pageSize;
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = pageSize.getHeight() - MARGIN;
    }

    void space(float points) {
        y -= points;
    }

    void heading(String text, float size) throws IOException {
        List<String> lines = wrap(text, bold, size, width());
        if (y - (lines.size() + 2) * leading(size) < MARGIN + FOOTER) {
            newPage();
        }
        y -= leading(size) * 0.4f;
        for (String line : lines) {
            line(line, bold, size, MARGIN);
        }
        y -= leading(size) * 0.2f;
    }

    void paragraph(String text) throws IOException {
        paragraph(text, regular, BODY);
    }

    void strong(String text) throws IOException {
        paragraph(text, bold, BODY);
    }

    void paragraph(String text, PDFont font, float size) throws IOException {
        for (String part : text.split("\\R", -1)) {
            for (String line : wrap(part, font, size, width())) {
                if (y - leading(size) < MARGIN + FOOTER) {
                    newPage();
                }
                line(line, font, size, MARGIN);
            }
        }
        y -= leading(size) * 0.4f;
    }

    /** A table with a header row (repeated on every page it runs over) and wrapped cells. */
    void table(List<Column> columns, List<List<String>> rows) throws IOException {
        float total = (float) columns.stream().mapToDouble(Column::share).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * columns.get(i).share() / total;
        }
        List<String> header = columns.stream().map(Column::header).toList();
        if (y - 3 * leading(SMALL) - 4 * CELL_PADDING < MARGIN + FOOTER) {
            newPage();
        }
        row(widths, header, bold, true);
        for (List<String> cells : rows) {
            if (!row(widths, cells, regular, false)) {
                row(widths, header, bold, true);
                row(widths, cells, regular, false);
            }
        }
        y -= leading(BODY) * 0.6f;
    }

    /**
     * Writes a row, going on over as many pages as it needs; false if it did not start because not even its first
     * line fitted, so the caller can repeat the header on the new page first.
     */
    private boolean row(float[] widths, List<String> cells, PDFont font, boolean header) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> wrapped = new ArrayList<>();
            for (String part : cells.get(i).split("\\R")) {
                wrapped.addAll(wrap(part, font, SMALL, widths[i] - 2 * CELL_PADDING));
            }
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        float leading = leading(SMALL);
        int from = 0;
        while (from < height) {
            int fit = (int) Math.floor((y - MARGIN - FOOTER - 2 * CELL_PADDING) / leading);
            // a row that would fit on a page of its own is not split, only one longer than a page is
            boolean keepTogether = from == 0 && fit < height && height <= linesPerPage(leading);
            if (fit < 1 || keepTogether && y < size.getHeight() - MARGIN) {
                newPage();
                if (from == 0 && !header) {
                    return false;
                }
                continue;
            }
            int count = Math.min(fit, height - from);
            float top = y;
            float bottom = top - count * leading - 2 * CELL_PADDING;
            if (header) {
                content.setNonStrokingColor(0.88f);
                content.addRect(MARGIN, bottom, width(), top - bottom);
                content.fill();
            }
            content.setNonStrokingColor(0f);
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                y = top - CELL_PADDING;
                List<String> cell = lines.get(i);
                for (int n = from; n < Math.min(from + count, cell.size()); n++) {
                    line(cell.get(n), font, SMALL, x + CELL_PADDING);
                }
                x += widths[i];
            }
            rules(widths, top, bottom);
            y = bottom;
            from += count;
        }
        return true;
    }

    /** How many table lines a fresh page holds below a repeated header row. */
    private int linesPerPage(float leading) {
        return (int) Math.floor((size.getHeight() - 2 * MARGIN - FOOTER - 4 * CELL_PADDING) / leading) - 2;
    }

    private void rules(float[] widths, float top, float bottom) throws IOException {
        content.setStrokingColor(0.4f);
        content.setLineWidth(0.5f);
        content.addRect(MARGIN, bottom, width(), top - bottom);
        float x = MARGIN;
        for (int i = 0; i < widths.length - 1; i++) {
            x += widths[i];
            content.moveTo(x, top);
            content.lineTo(x, bottom);
        }
        content.stroke();
    }

    private void line(String text, PDFont font, float size, float x) throws IOException {
        y -= leading(size);
        if (!text.isEmpty()) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y + leading(size) * 0.25f);
            content.showText(text);
            content.endText();
        }
    }

    /** Ends the last page and writes every page's footer; the document is then ready to save. */
    void finish(String footer) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int n = 0; n < pages; n++) {
            PDPage page = document.getPage(n);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String number = "Sida " + (n + 1) + " av " + pages;
                float width = page.getMediaBox().getWidth() - 2 * MARGIN;
                float baseline = MARGIN - 20;
                foot.setNonStrokingColor(0f);
                foot.beginText();
                foot.setFont(regular, SMALL);
                foot.newLineAtOffset(MARGIN, baseline);
                foot.showText(fitted(footer, regular, SMALL, width - 80));
                foot.endText();
                foot.beginText();
                foot.setFont(regular, SMALL);
                foot.newLineAtOffset(MARGIN + width - textWidth(number, regular, SMALL), baseline);
                foot.showText(number);
                foot.endText();
            }
        }
    }

    PDFont bold() {
        return bold;
    }

    private static float leading(float size) {
        return size * 1.35f;
    }

    /** The text in lines no wider than {@code width}; words are measured once and their widths added up. */
    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        String printable = printable(text, font);
        float space = textWidth(" ", font, size);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : printable.split(" ")) {
            float wordWidth = textWidth(word, font, size);
            if (!line.isEmpty() && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the column (a long URL, a diarienummer in a narrow cell) is broken where it must be,
            // between two code points: half a surrogate pair is no character, and no font can measure it
            String rest = word;
            while (wordWidth > width && rest.codePointCount(0, rest.length()) > 1) {
                int cut = rest.offsetByCodePoints(rest.length(), -1);
                while (cut > rest.offsetByCodePoints(0, 1) && textWidth(rest.substring(0, cut), font, size) > width) {
                    cut = rest.offsetByCodePoints(cut, -1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                wordWidth = textWidth(rest, font, size);
            }
            line.append(rest);
            lineWidth = wordWidth;
        }
        lines.add(line.toString());
        return lines;
    }

    private String fitted(String text, PDFont font, float size, float width) throws IOException {
        String printable = printable(text, font);
        if (textWidth(printable, font, size) <= width) {
            return printable;
        }
        String shortened = printable;
        while (shortened.codePointCount(0, shortened.length()) > 1
                && textWidth(shortened + "…", font, size) > width) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened + "…";
    }

    private static float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * The text with tabs as spaces, other control characters dropped and every character the font cannot encode
     * (one it has no glyph for, half a surrogate pair) as "?": whatever a plan holds, its PDF renders.
     */
    private String printable(String text, PDFont font) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.appendCodePoint(known.computeIfAbsent(c, code -> encodable(font, code)) ? c : '?');
            }
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }
}
