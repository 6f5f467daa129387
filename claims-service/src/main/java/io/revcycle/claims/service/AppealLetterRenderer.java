package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import io.revcycle.pdf.TextPages;
import io.revcycle.pdf.TextPages.Line;

/**
 * Renders an appeal letter as PDF (Apache PDFBox): to the payer, about one claim, with the denied services and their
 * reasons (CARC/RARC with descriptions), the appeal deadline and the biller's argument. Plain text in the standard
 * Helvetica fonts, laid out by the shared common-pdf pages (wrapped to the page, as many pages as it takes).
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

    /** Helvetica 10.5 pt on 14 pt lines, 56 pt margins. */
    private static final TextPages PAGES = new TextPages(Standard14Fonts.FontName.HELVETICA,
            Standard14Fonts.FontName.HELVETICA_BOLD, 10.5f, 14, 56);

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
        return PAGES.render(lines, "appeal letter");
    }

    private static String nullToDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
