package io.revcycle.patientbilling.domain.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.revcycle.patientbilling.domain.ledger.AccountLedger;

/** Builds a statement from an account's ledger as of a date (pure: the ledger is the only source of amounts). */
public final class StatementBuilder {

    private StatementBuilder() {
    }

    /**
     * @param services when and by whom each encounter was served (from its claims); an encounter without shows the
     *                 date it was first billed and the practice
     * @param dunning  messages by level: the first statement gets the first, later ones the next, the last one
     *                 repeats; empty (no escalation) while dunning is paused
     */
    public static PatientStatement build(AccountLedger ledger, Map<String, EncounterService> services,
            String practiceName, int statementNumber, LocalDate on, int daysToPay, List<String> dunning) {
        List<PatientStatement.Line> lines = new ArrayList<>();
        for (AccountLedger.EncounterBalance e : ledger.encounters()) {
            if (e.patientOwes().signum() != 0) {
                EncounterService served = services.get(e.encounterId());
                LocalDate date = served != null && served.dateOfService() != null ? served.dateOfService()
                        : LocalDate.ofInstant(e.firstPosted(), ZoneOffset.UTC);
                String provider = served != null && served.renderingProviderNpi() != null
                        ? "NPI " + served.renderingProviderNpi() : practiceName;
                lines.add(new PatientStatement.Line(e.patientId(), e.encounterId(), date, provider, e.charges(),
                        e.insurancePaid(), e.adjustments(), e.patientOwes()));
            }
        }
        int level = dunning.isEmpty() ? 0 : Math.min(statementNumber, dunning.size());
        String message = level == 0 ? "" : dunning.get(level - 1);
        return new PatientStatement(ledger.accountId(), practiceName, statementNumber, on, on.plusDays(daysToPay),
                lines, aging(ledger, on), ledger.owed(), level, message);
    }

    /**
     * What the account owes by age since each encounter was first billed: 0-30, 31-60, 61-90, 91-120, over 120 days.
     * What is on no encounter (an unallocated credit) counts as current, so the buckets add up to what is owed.
     */
    public static PatientStatement.Aging aging(AccountLedger ledger, LocalDate on) {
        BigDecimal[] buckets = { zero(), zero(), zero(), zero(), zero() };
        BigDecimal onEncounters = zero();
        for (AccountLedger.EncounterBalance e : ledger.encounters()) {
            long age = ChronoUnit.DAYS.between(LocalDate.ofInstant(e.firstPosted(), ZoneOffset.UTC), on);
            int bucket = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 120 ? 3 : 4;
            buckets[bucket] = buckets[bucket].add(e.patientOwes());
            onEncounters = onEncounters.add(e.patientOwes());
        }
        buckets[0] = buckets[0].add(ledger.owed().subtract(onEncounters));
        return new PatientStatement.Aging(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
    }

    private static BigDecimal zero() {
        return AccountLedger.ZERO;
    }
}
