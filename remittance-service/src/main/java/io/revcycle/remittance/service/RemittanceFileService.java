package io.revcycle.remittance.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.edi.EdiFile;
import io.revcycle.edi.EdiInspector;
import io.revcycle.edi.IntakeResult;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.remittance.domain.ClaimPayment;
import io.revcycle.remittance.domain.ClaimPayment.Disposition;
import io.revcycle.remittance.domain.ProviderAdjustment;
import io.revcycle.remittance.domain.RemittanceFile;
import io.revcycle.remittance.domain.RemittanceTransaction;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.remit.Remittance835;
import io.revcycle.x12.validate.Finding;
import io.revcycle.messaging.PermanentEventException;

/**
 * Takes a new 835 file from the EDI gateway, in the gateway's transaction. A file with any SNIP 1-4 error (it does
 * not balance, lacks the payer's PER*BL...) or that cannot be posted exactly (fractions of a cent) is rejected whole:
 * recorded with the findings in words, nothing posted. Otherwise each transaction set (BPR, TRN, payer) and each CLP
 * is recorded, and every claim payment (reversals and corrections included) is posted, queued as unmatched or
 * recorded as a duplicate.
 */
@ApplicationScoped
public class RemittanceFileService {

    private static final Logger LOG = Logger.getLogger(RemittanceFileService.class);
    private static final String ST_835 = "835";

    private final RemittancePostingService posting;

    public RemittanceFileService(RemittancePostingService posting) {
        this.posting = posting;
    }

    /** A transaction set and its CLP loops, read and checked before anything is stored. */
    private record ReadTransaction(Remittance835 remittance, String controlNumber, List<ReceivedClaimPayment> claims) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RemittanceFile take(ReceivedEdiFile file) {
        RemittanceFile record = newRecord(file);
        if (file.hasErrors()) {
            return reject(record, file.findings().stream().filter(Finding::isError).count(),
                    EdiInspector.describe(file.findings()));
        }
        List<ReadTransaction> read;
        try {
            read = read(file);
        } catch (PermanentEventException e) {
            // the gateway accepted the file; mark its record rejected too, so the upload answers 422 with the reason
            EdiFile.<EdiFile>findByIdOptional(file.fileId()).ifPresent(f -> {
                f.status = IntakeResult.REJECTED;
                f.errorCount = Math.max(1, f.errorCount);
                f.findings = f.findings == null ? e.getMessage() : f.findings + "\n" + e.getMessage();
            });
            return reject(record, 1, e.getMessage());
        }
        record.status = RemittanceFile.Status.ACCEPTED;
        record.transactionCount = read.size();
        record.findings = file.findings().isEmpty() ? null : EdiInspector.describe(file.findings());
        Map<ClaimPayment, ReceivedClaimPayment> payments = new LinkedHashMap<>();
        for (int t = 0; t < read.size(); t++) {
            RemittanceTransaction tx = toTransaction(read.get(t), t + 1, record.receivedAt);
            int seq = 0;
            for (ReceivedClaimPayment c : read.get(t).claims()) {
                ClaimPayment p = toClaimPayment(c, ++seq, record.receivedAt);
                p.fingerprint = ClaimPaymentCodec.fingerprint(tx.payerId, tx.traceNumber, record.fileId, p.content);
                tx.addClaimPayment(p);
                payments.put(p, c);
            }
            record.addTransaction(tx);
            record.claimCount += tx.claimCount;
        }
        record.persist();
        Map<Disposition, Integer> counts = posting.receiveClaimPayments(payments);
        LOG.infof("took 835 file %s (ISA13 %s from %s): %d transaction set(s), %d claim payment(s) %s",
                record.fileId, record.interchangeControlNumber, record.senderId, record.transactionCount,
                record.claimCount, counts);
        return record;
    }

    /**
     * Every 835 transaction set of the file with its claim payments, each checked as it would be posted. Throws
     * {@link PermanentEventException} with the reason in words when one cannot be posted exactly.
     */
    private static List<ReadTransaction> read(ReceivedEdiFile file) {
        TypedResult<Remittance835> typed = X12Toolkit.readTyped(file.content(), Remittance835.class);
        if (typed.values().isEmpty()) {
            throw new PermanentEventException("the file holds no 835 transaction set");
        }
        List<String> controlNumbers = controlNumbers(file);
        List<ReadTransaction> out = new ArrayList<>();
        for (int t = 0; t < typed.values().size(); t++) {
            Remittance835 r = typed.values().get(t);
            String where = "transaction set " + (t + 1) + ": ";
            List<ReceivedClaimPayment> claims = new ArrayList<>();
            try {
                Remittance835Mapper.money(r.payment() == null ? null : r.payment().amount(), "BPR02");
                for (Remittance835.ProviderAdjustment plb : r.providerAdjustments()) {
                    for (Remittance835.ProviderAdjustmentItem item : plb.adjustments()) {
                        if (plb.providerId() == null || item.reason() == null || item.amount() == null) {
                            throw new PermanentEventException("a PLB adjustment lacks its provider, reason or amount");
                        }
                        Remittance835Mapper.money(item.amount(), "PLB " + item.reason());
                    }
                }
                int position = 0;
                for (Remittance835.Claim c : r.claims()) {
                    ReceivedClaimPayment received = Remittance835Mapper.toReceived(c, ++position);
                    // the posting's own checks (balanced lines, group codes), lines numbered by position
                    RemittanceCalculator.adjudicate(ClaimLineMatcher.toCommand(received, null, null));
                    claims.add(received);
                }
            } catch (PermanentEventException e) {
                throw new PermanentEventException(where + e.getMessage());
            }
            out.add(new ReadTransaction(r, controlNumbers.size() == typed.values().size() ? controlNumbers.get(t)
                    : null, claims));
        }
        return out;
    }

    /** ST02 of each 835 transaction set, in the order readTyped returns them. */
    private static List<String> controlNumbers(ReceivedEdiFile file) {
        List<String> numbers = new ArrayList<>();
        for (Interchange isa : file.document().interchanges()) {
            for (FunctionalGroup gs : isa.groups()) {
                for (TransactionSet st : gs.transactions()) {
                    if (ST_835.equals(st.id())) {
                        numbers.add(st.controlNumber());
                    }
                }
            }
        }
        return numbers;
    }

    private RemittanceFile newRecord(ReceivedEdiFile file) {
        RemittanceFile record = new RemittanceFile();
        record.fileId = file.fileId();
        record.fileName = file.fileName().length() > 255 ? file.fileName().substring(0, 255) : file.fileName();
        record.senderId = file.senderId();
        record.interchangeControlNumber = file.interchangeControlNumber();
        record.receivedAt = posting.now();
        return record;
    }

    private static RemittanceFile reject(RemittanceFile record, long errors, String findings) {
        record.status = RemittanceFile.Status.REJECTED;
        record.errorCount = (int) Math.max(1, errors);
        record.findings = findings;
        record.persist();
        LOG.warnf("rejected 835 file %s (ISA13 %s from %s) whole with %d error(s); nothing posted", record.fileId,
                record.interchangeControlNumber, record.senderId, record.errorCount);
        return record;
    }

    private static RemittanceTransaction toTransaction(ReadTransaction read, int seq, Instant receivedAt) {
        Remittance835 r = read.remittance();
        RemittanceTransaction tx = new RemittanceTransaction();
        tx.seq = seq;
        tx.controlNumber = read.controlNumber();
        if (r.payment() != null) {
            tx.handlingCode = r.payment().handlingCode();
            tx.paymentAmount = Remittance835Mapper.money(r.payment().amount(), "BPR02");
            tx.creditDebit = r.payment().creditDebit();
            tx.paymentMethod = r.payment().method();
            tx.paymentDate = r.payment().date();
        } else {
            tx.paymentAmount = Remittance835Mapper.money(null, "BPR02");
        }
        if (r.trace() != null) {
            tx.traceNumber = r.trace().number();
            tx.traceOriginatorId = r.trace().originatorId();
        }
        if (r.payer() != null) {
            tx.payerName = r.payer().name();
            tx.payerId = r.payer().id() != null ? r.payer().id() : tx.traceOriginatorId;
        }
        tx.productionDate = r.productionDate();
        tx.claimCount = read.claims().size();
        // provider-level adjustments belong to the provider's account, not to any claim
        for (Remittance835.ProviderAdjustment plb : r.providerAdjustments()) {
            for (Remittance835.ProviderAdjustmentItem item : plb.adjustments()) {
                ProviderAdjustment a = new ProviderAdjustment();
                a.providerId = plb.providerId();
                a.fiscalPeriodDate = plb.fiscalPeriodDate();
                a.reason = item.reason();
                a.reference = item.reference();
                a.amount = Remittance835Mapper.money(item.amount(), "PLB amount");
                a.postedAt = receivedAt;
                tx.addProviderAdjustment(a);
            }
        }
        return tx;
    }

    private static ClaimPayment toClaimPayment(ReceivedClaimPayment c, int seq, Instant receivedAt) {
        ClaimPayment p = new ClaimPayment();
        p.seq = seq;
        p.patientControlNumber = c.patientControlNumber();
        p.payerClaimControlNumber = c.payerClaimControlNumber();
        p.claimStatusCode = c.claimStatusCode();
        p.charge = c.charge();
        p.paid = c.paid();
        p.patientResponsibility = c.patientResponsibility();
        p.content = ClaimPaymentCodec.encode(c);
        p.receivedAt = receivedAt;
        // settled right after the file is stored (receiveClaimPayments); unmatched until then
        p.disposition = Disposition.UNMATCHED;
        return p;
    }
}
