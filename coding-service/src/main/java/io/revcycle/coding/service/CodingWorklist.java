package io.revcycle.coding.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.coding.config.CodingConfig;
import io.revcycle.coding.domain.CodingLine;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.DocumentedEncounter;
import io.revcycle.coding.domain.WorkItemStatus;
import io.revcycle.coding.messaging.EncounterCodedMapper;
import io.revcycle.coding.messaging.EncounterDocumentedMapper;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.rest.ProblemException;

/** The coding work items: opened from documentation, coded straight through or by a coder, then announced. */
@ApplicationScoped
public class CodingWorklist {

    private static final Logger LOG = Logger.getLogger(CodingWorklist.class);

    private final CodeCheck check;
    private final EventOutbox outbox;
    private final CodingConfig config;

    public CodingWorklist(CodeCheck check, EventOutbox outbox, CodingConfig config) {
        this.check = check;
        this.outbox = outbox;
        this.config = config;
    }

    /** Opens the work item for a documented encounter; a second documentation of the same encounter is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(EncounterDocumented event) {
        String encounterId = event.getEncounterId();
        DocumentedEncounter.record(encounterId, event.getSource(), event.getEventId());
        if (CodingWorkItem.findById(encounterId) != null) {
            LOG.infof("encounter %s already has a work item; event %s ignored", encounterId, event.getEventId());
            return;
        }
        Instant now = Instant.now();
        CodingWorkItem item = EncounterDocumentedMapper.toWorkItem(event, now);
        List<String> issues = check.check(item.diagnosisCodes, item.lines);
        if (issues.isEmpty() && config.autoFinalize()) {
            item.finalizeBy(CodingWorkItem.AUTO, now);
        } else {
            item.needsReview(issues, now);
        }
        item.persist();
        if (item.isCoded()) {
            outbox.publish(Topics.ENCOUNTER_CODED, encounterId, EncounterCodedMapper.toEvent(item));
            LOG.infof("encounter %s coded straight through", encounterId);
        } else {
            LOG.infof("encounter %s needs review: %d issue(s)", encounterId, issues.size());
        }
    }

    public List<CodingWorkItem> list(WorkItemStatus status) {
        return CodingWorkItem.byStatus(status, config.worklistLimit());
    }

    public CodingWorkItem get(String encounterId) {
        return CodingWorkItem.<CodingWorkItem>findByIdOptional(encounterId)
                .orElseThrow(() -> ProblemException.notFound("work item", encounterId));
    }

    /** Replaces the codes and re-runs the check; the item stays on the worklist until someone finalizes it. */
    @Transactional
    public CodingWorkItem updateCodes(String encounterId, UpdateCodesCommand command) {
        CodingWorkItem item = openItemForUpdate(encounterId);
        Instant now = Instant.now();
        item.replaceCodes(
                command.diagnosisCodes().stream().map(EncounterDocumentedMapper::normalize).toList(),
                command.lines().stream().map(l -> new CodingLine(l.lineNumber(),
                        EncounterDocumentedMapper.normalize(l.procedureCode()),
                        l.modifiers().stream().map(EncounterDocumentedMapper::normalize).toList(), l.units(),
                        l.diagnosisPointers())).toList(),
                now);
        item.needsReview(check.check(item.diagnosisCodes, item.lines), now);
        LOG.infof("encounter %s recoded: %d issue(s)", encounterId, item.issues.size());
        return item;
    }

    /** Finalizes when the check passes; otherwise answers 422 with the issues and changes nothing. */
    @Transactional
    public CodingWorkItem finalizeCoding(String encounterId, FinalizeCommand command) {
        CodingWorkItem item = openItemForUpdate(encounterId);
        List<String> issues = check.check(item.diagnosisCodes, item.lines);
        if (!issues.isEmpty()) {
            throw new ProblemException(422, "Unprocessable Content",
                    "encounter " + encounterId + " cannot be finalized: " + String.join("; ", issues));
        }
        item.finalizeBy(command.coder(), Instant.now());
        outbox.publish(Topics.ENCOUNTER_CODED, encounterId, EncounterCodedMapper.toEvent(item));
        LOG.infof("encounter %s finalized by %s", encounterId, command.coder());
        return item;
    }

    /** Locks the row so two coders cannot change or finalize the same item at once. */
    private CodingWorkItem openItemForUpdate(String encounterId) {
        CodingWorkItem item = CodingWorkItem.findForUpdate(encounterId)
                .orElseThrow(() -> ProblemException.notFound("work item", encounterId));
        if (item.isCoded()) {
            throw ProblemException.conflict("encounter " + encounterId + " is already coded");
        }
        return item;
    }
}
