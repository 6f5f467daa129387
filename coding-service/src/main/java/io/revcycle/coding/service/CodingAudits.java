package io.revcycle.coding.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.coding.config.CodingConfig;
import io.revcycle.coding.domain.CodingAudit;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.rest.ProblemException;

/**
 * Second-level coding review: a configured share of finalized items ({@code revcycle.coding.audit.sample-percent}) is
 * sampled when it is finalized; a coding auditor records the codes they would have assigned and each code is kept as
 * agreed, removed or added. The audit records; it does not change the claim (a disagreement goes back to the coder's
 * manager, not silently to the payer).
 */
@ApplicationScoped
public class CodingAudits {

    private static final Logger LOG = Logger.getLogger(CodingAudits.class);

    /** The auditor's coding in the same form as {@link CodingWorkItem#codeSet()}. */
    public record CompleteAuditCommand(List<String> codes, String auditor, String note) {
    }

    private final CodingConfig config;

    public CodingAudits(CodingConfig config) {
        this.config = config;
    }

    /** In the finalizing transaction: the sample is taken with the item's final codes, or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sampleIfChosen(CodingWorkItem item, Instant now) {
        if (AuditSampler.chosen(item.encounterId, config.audit().samplePercent())
                && CodingAudit.findByIdOptional(item.encounterId).isEmpty()) {
            CodingAudit.sample(item, now).persist();
        }
    }

    public List<CodingAudit> list(CodingAudit.Status status) {
        return CodingAudit.list("status = ?1 order by sampledAt, encounterId", status);
    }

    public CodingAudit get(String encounterId) {
        return CodingAudit.<CodingAudit>findByIdOptional(encounterId)
                .orElseThrow(() -> ProblemException.notFound("coding audit", encounterId));
    }

    @Transactional
    public CodingAudit complete(String encounterId, CompleteAuditCommand command) {
        CodingAudit audit = get(encounterId);
        if (audit.status == CodingAudit.Status.COMPLETED) {
            throw ProblemException.conflict("the audit of encounter " + encounterId + " is already completed");
        }
        if (audit.coder.equals(command.auditor())) {
            throw ProblemException.conflict("a coder cannot audit their own coding");
        }
        audit.complete(command.codes(), command.auditor(), command.note(), Instant.now());
        LOG.infof("audit of encounter %s by %s: %d agreed, %d disagreed", encounterId, command.auditor(),
                audit.agreed(), audit.disagreed());
        return audit;
    }
}
