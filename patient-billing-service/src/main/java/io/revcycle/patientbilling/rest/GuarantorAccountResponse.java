package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.revcycle.patientbilling.domain.ledger.Entry;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.service.AccountQueries;

/** A guarantor account: its patients, what it owes per ledger, its encounters and every ledger entry. */
public record GuarantorAccountResponse(String accountId, BigDecimal balance, BigDecimal creditBalance,
        BigDecimal inCollections, List<PatientBalance> patients, List<EncounterView> encounters,
        List<EntryView> entries) {

    public record PatientBalance(String patientId, BigDecimal balance) {
    }

    public record EntryView(UUID postingId, String type, String ledger, String patientId, String encounterId,
            String claimId, String reasonCode, String reference, BigDecimal amount, Instant postedAt) {

        static EntryView from(Entry e) {
            return new EntryView(e.postingId(), e.type().name(), e.ledger().name(), e.patientId(), e.encounterId(),
                    e.claimId(), e.reasonCode(), e.reference(), e.amount(), e.at());
        }
    }

    static GuarantorAccountResponse from(AccountQueries.GuarantorView v) {
        return new GuarantorAccountResponse(v.account().accountId, v.ledger().owed(), v.ledger().unallocatedCredit(),
                v.ledger().balance(LedgerAccount.COLLECTIONS_AR),
                v.patients().stream().map(p -> new PatientBalance(p.patientId, v.ledger().owedBy(p.patientId))).toList(),
                v.ledger().encounters().stream().map(EncounterView::from).toList(),
                v.ledger().entries().stream().map(EntryView::from).toList());
    }
}
