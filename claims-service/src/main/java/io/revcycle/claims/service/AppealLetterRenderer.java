package io.revcycle.claims.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders an appeal letter as PDF (Apache PDFBox): to the payer, about one claim, with the denied services and their
 * reasons (CARC/RARC with descriptions), the appeal deadline and the biller's argument. Plain text in the standard
 * Helvetica fonts, wrapped to the page, as many pages as it takes.
 */
public final class AppealLetterRenderer {

    /** What the letter says; the caller looks the values up. */
    public record Letter(LocalDate date, String payerName, String payerId, String providerName, String providerNpi,
            String claimId, String patientControlNumber, String payerClaimControlNumber, String patientName,
            String memberId, LocalDate dateOfService, BigDecimal totalCharge, List<DeniedService> denied,
            LocalDate appealDeadline, String argument, String signedBy) {
    }

    public record DeniedService(int lineNumber, String procedureCode, BigDecimal amount, String reason,
            List<String> remarks) {
    }

    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private AppealLetterRenderer() {
    }

    public static byte[] render(Letter l) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(l.providerName() + " (NPI " + l.providerNpi() + ")", false));
        lines.add(new Line(l.date().toString(), false));
        lines.add(Line.BLANK);
        lines.add(new Line("To: " + l.payerName() + " (payer id " + l.payerId() + "), appeals / reconsideration", false));
        lines.add(Line.BLANK);
        lines.add(new Line("Request for reconsideration of claim " + l.claimId(), true));
        lines.add(new Line("Patient control number (CLM01): " + l.patientControlNumber(), false));
        lines.add(new Line("Payer claim control number: " + nullToDash(l.payerClaimControlNumber()), false));
        lines.add(new Line("Patient: " + l.patientName() + ", member id " + l.memberId(), false));
        lines.add(new Line("Date of service: " + l.dateOfService() + "; total charge " + l.totalCharge(), false));
        lines.add(new Line("Appeal deadline: " + nullToDash(l.appealDeadline()), true));
        lines.add(Line.BLANK);
        lines.add(new Line("Denied services and the reasons given in the remittance advice", true));
        for (DeniedService d : l.denied()) {
            lines.add(new Line("Line " + d.lineNumber() + ", procedure " + d.procedureCode() + ", " + d.amount()
                    + ": " + d.reason(), false));
            for (String remark : d.remarks()) {
                lines.add(new Line("    Remark " + remark, false));
            }
        }
        lines.add(Line.BLANK);
        lines.add(new Line("Why the claim should be paid", true));
        for (String paragraph : l.argument().split("\\R")) {
            lines.add(new Line(paragraph, false));
        }
        lines.add(Line.BLANK);
        lines.add(new Line("We ask that the claim be reprocessed and paid. The documentation referred to is available "
                + "on request.", false));
        lines.add(Line.BLANK);
        lines.add(new Line("Sincerely,", false));
        lines.add(new Line(l.signedBy() + ", " + l.providerName(), false));
        return write(lines);
    }

    private record Line(String text, boolean bold) {
        static final Line BLANK = new Line("", false);
    }

    private static byte[] write(List<Line> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle box = PDRectangle.LETTER;
            float width = box.getWidth() - 2 * MARGIN;
            PDPageContentStream content = null;
            float y = 0;
            try {
                for (Line line : lines) {
                    for (String piece : wrap(printable(line.text()), line.bold() ? BOLD : REGULAR, width)) {
                        if (content == null || y < MARGIN) {
                            if (content != null) {
                                content.endText();
                                content.close();
                            }
                            PDPage page = new PDPage(box);
                            doc.addPage(page);
                            content = new PDPageContentStream(doc, page);
                            content.beginText();
                            y = box.getHeight() - MARGIN;
                            content.newLineAtOffset(MARGIN, y);
                        }
                        content.setFont(line.bold() ? BOLD : REGULAR, SIZE);
                        content.showText(piece);
                        content.newLineAtOffset(0, -LEADING);
                        y -= LEADING;
                    }
                }
            } finally {
                if (content != null) {
                    content.endText();
                    content.close();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("appeal letter could not be rendered", e);
        }
    }

    /** Greedy word wrap by the font's widths; a blank line stays one line. */
    static List<String> wrap(String text, PDType1Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * SIZE <= width || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** The standard fonts encode WinAnsi only: anything else (and control characters) becomes '?'. */
    static String printable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            s.append(c == '\t' ? ' ' : c < 0x20 || c > 0xFF ? '?' : c);
        }
        return s.toString();
    }

    private static String nullToDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
