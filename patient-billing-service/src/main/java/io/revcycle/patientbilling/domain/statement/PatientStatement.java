package io.revcycle.patientbilling.domain.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement of a guarantor account: what each encounter came to (charged, paid by the payer, adjusted, owed by the
 * patient), how old what is owed is, the total due and a dunning message that escalates with the statement count
 * (level 0 and no message while a payment plan is active: the plan is the arrangement).
 */
public record PatientStatement(String accountId, String practiceName, int statementNumber, LocalDate statementDate,
        LocalDate dueDate, List<Line> lines, Aging aging, BigDecimal totalDue, int dunningLevel, String dunningMessage) {

    public record Line(String patientId, String encounterId, LocalDate serviceDate, String provider,
            BigDecimal charges, BigDecimal insurancePaid, BigDecimal adjustments, BigDecimal patientOwes) {
    }

    /** What is owed by age since the patient was billed for it: 0-30, 31-60, 61-90, 91-120 and over 120 days. */
    public record Aging(BigDecimal current, BigDecimal days31to60, BigDecimal days61to90, BigDecimal days91to120,
            BigDecimal over120) {

        public BigDecimal total() {
            return current.add(days31to60).add(days61to90).add(days91to120).add(over120);
        }
    }
}
