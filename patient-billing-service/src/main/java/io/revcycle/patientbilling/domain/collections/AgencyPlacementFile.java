package io.revcycle.patientbilling.domain.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.revcycle.patientbilling.domain.PipeDelimitedRecords;

/**
 * The placement file of one collections run for the agency: pipe-delimited, one {@code HDR}, per account an
 * {@code ACC} with what is placed and why and an {@code ENC} per encounter placed, one {@code TRL} with counts and
 * the total. Like the statement file it names accounts and encounters only; the agency gets the guarantor's contact
 * details from the practice's demographics feed under its business associate agreement.
 */
public final class AgencyPlacementFile {

    public static final String VERSION = "RCPLACE1";

    private AgencyPlacementFile() {
    }

    public record Encounter(String patientId, String encounterId, LocalDate firstBilled, BigDecimal amount) {
    }

    public record Placement(UUID placementId, String accountId, BigDecimal amount, String rule, int statementsSent,
            LocalDate firstStatement, LocalDate lastStatement, List<Encounter> encounters) {
    }

    public static String write(UUID runId, LocalDate placedOn, String practiceName, String agencyId,
            List<Placement> placements) {
        PipeDelimitedRecords out = new PipeDelimitedRecords();
        out.record("HDR", VERSION, runId, placedOn, practiceName, agencyId, placements.size());
        int encounters = 0;
        BigDecimal total = new BigDecimal("0.00");
        for (Placement p : placements) {
            out.record("ACC", p.placementId(), p.accountId(), p.amount(), p.rule(), p.statementsSent(),
                    p.firstStatement(), p.lastStatement());
            for (Encounter e : p.encounters()) {
                out.record("ENC", p.placementId(), e.patientId(), e.encounterId(), e.firstBilled(), e.amount());
                encounters++;
            }
            total = total.add(p.amount());
        }
        out.record("TRL", placements.size(), encounters, total);
        return out.toString();
    }
}
