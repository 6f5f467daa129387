package io.revcycle.patientbilling.domain.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.revcycle.patientbilling.domain.PipeDelimitedRecords;

/**
 * The batch file of one statement cycle for the print/mail vendor: pipe-delimited records, one {@code HDR}, per
 * statement one {@code STM} and a {@code LIN} per encounter line, one {@code TRL} with the counts and the total due
 * (the vendor checks them before printing). No names or addresses: the vendor merges the mailing address by account
 * id from the practice's demographics feed, so this file carries no PHI beyond account and encounter ids.
 */
public final class PrintVendorFile {

    public static final String VERSION = "RCSTMT1";

    private PrintVendorFile() {
    }

    public record Issued(UUID statementId, PatientStatement statement) {
    }

    public static String write(UUID runId, LocalDate cycleDate, String practiceName, List<Issued> statements) {
        PipeDelimitedRecords out = new PipeDelimitedRecords();
        out.record("HDR", VERSION, runId, cycleDate, practiceName, statements.size());
        int lines = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Issued issued : statements) {
            PatientStatement s = issued.statement();
            PatientStatement.Aging a = s.aging();
            out.record("STM", issued.statementId(), s.accountId(), s.statementNumber(), s.statementDate(),
                    s.dueDate(), s.totalDue(), a.current(), a.days31to60(), a.days61to90(), a.days91to120(),
                    a.over120(), s.dunningLevel(), s.dunningMessage());
            for (PatientStatement.Line l : s.lines()) {
                out.record("LIN", issued.statementId(), l.patientId(), l.encounterId(), l.serviceDate(),
                        l.provider(), l.charges(), l.insurancePaid(), l.adjustments(), l.patientOwes());
                lines++;
            }
            total = total.add(s.totalDue());
        }
        out.record("TRL", statements.size(), lines, total);
        return out.toString();
    }
}
