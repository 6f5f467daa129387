package io.revcycle.coding.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.coding.config.CodingConfig;
import io.revcycle.coding.domain.CodingLine;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.DocumentedEncounter;
import io.revcycle.coding.domain.IcdProcedure;
import io.revcycle.coding.domain.WorkItemOverride;
import io.revcycle.coding.domain.WorkItemStatus;
import io.revcycle.coding.edits.Finding;
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

    private final CodeEdits edits;
    private final EventOutbox outbox;
    private final CodingConfig config;
    private final CodingAudits audits;

    public CodingWorklist(CodeEdits edits, EventOutbox outbox, CodingConfig config, CodingAudits audits) {
        this.edits = edits;
        this.outbox = outbox;
        this.config = config;
        this.audits = audits;
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
        CodeEdits.Result result = edits.check(item);
        item.checked(result.findings(), result.contentVersion(), now);
        // an inpatient stay always goes to a facility coder (principal diagnosis, POA, DRG-relevant procedures)
        if (!result.hasErrors() && config.autoFinalize() && !item.isInpatient()) {
            item.finalizeBy(CodingWorkItem.AUTO, List.of(), now); // warnings stay as findings, not overridden
        } else {
            item.needsReview(now);
        }
        item.persist();
        if (item.isCoded()) {
            audits.sampleIfChosen(item, now); // straight-through coding is audited like a coder's
            outbox.publish(Topics.ENCOUNTER_CODED, encounterId, EncounterCodedMapper.toEvent(item));
            LOG.debugf("encounter %s coded straight through", encounterId);
        } else {
            LOG.debugf("encounter %s needs review: %d error(s)", encounterId, item.issues.size());
        }
    }

    public List<CodingWorkItem> list(WorkItemStatus status) {
        return CodingWorkItem.byStatus(status, config.worklistLimit());
    }

    /** One page of the work list and how many items match in all. */
    public record Page(List<CodingWorkItem> items, long total) {
    }

    public Page page(WorkItemStatus status, QueueFilter queue, String text, WorklistOrder order,
            int offset, int limit) {
        CodingWorkItem.Page page = CodingWorkItem.page(status, queue.facilityId(), queue.encounterType(),
                queue.specialty(), text, order.orderBy, offset, Math.min(limit, config.worklistLimit()));
        return new Page(page.items(), page.total());
    }

    /** The most items one call of the work list answers. */
    public int limit() {
        return config.worklistLimit();
    }

    public CodingWorkItem get(String encounterId) {
        return CodingWorkItem.<CodingWorkItem>findByIdOptional(encounterId)
                .orElseThrow(() -> ProblemException.notFound("work item", encounterId));
    }

    /** Replaces the codes and re-runs the check; the item stays on the worklist until someone finalizes it. */
    @Transactional
    public CodingWorkItem updateCodes(String encounterId, UpdateCodesCommand command, String coder) {
        CodingWorkItem item = openItemForUpdate(encounterId);
        Instant now = Instant.now();
        claim(item, coder, now);
        boolean revenueCodes = command.lines().stream().anyMatch(l -> l.revenueCode() != null);
        if (revenueCodes && !DocumentEncounterCommand.OUTPATIENT_FACILITY.equals(item.encounterType)) {
            throw ProblemException.badRequest("revenueCode is for the lines of OUTPATIENT_FACILITY encounters; this one is "
                    + item.encounterType);
        }
        Map<Integer, String> currentRevenueCodes = new HashMap<>();
        item.lines.forEach(l -> currentRevenueCodes.put(l.lineNumber, l.revenueCode));
        item.replaceCodes(
                command.diagnosisCodes().stream().map(EncounterDocumentedMapper::normalize).toList(),
                command.lines().stream().map(l -> new CodingLine(l.lineNumber(),
                        EncounterDocumentedMapper.normalize(l.procedureCode()),
                        l.modifiers().stream().map(EncounterDocumentedMapper::normalize).toList(), l.units(),
                        l.diagnosisPointers(), l.revenueCode() != null ? l.revenueCode()
                                : currentRevenueCodes.get(l.lineNumber()))).toList(),
                now);
        replaceFacilityCodes(item, command);
        CodeEdits.Result result = edits.check(item);
        item.checked(result.findings(), result.contentVersion(), now);
        item.needsReview(now);
        LOG.infof("encounter %s recoded: %d finding(s)", encounterId, item.findings.size());
        return item;
    }

    /**
     * Inpatient coding: POA indicators follow the diagnosis codes by position (given, or kept where the list did not
     * change length, else unreported); ICD-10-PCS procedures are replaced when given. Other encounters have none.
     */
    private static void replaceFacilityCodes(CodingWorkItem item, UpdateCodesCommand command) {
        if (!item.isInpatient()) {
            if (command.icdProcedures() != null && !command.icdProcedures().isEmpty()) {
                throw ProblemException.badRequest("icdProcedures are for INPATIENT encounters; this one is "
                        + item.encounterType);
            }
            return;
        }
        List<String> poa = command.diagnosisPresentOnAdmission();
        if (poa != null && poa.size() != item.diagnosisCodes.size()) {
            throw ProblemException.badRequest("diagnosisPresentOnAdmission must have one entry per diagnosis code ("
                    + item.diagnosisCodes.size() + "), found " + poa.size());
        }
        if (poa != null) {
            item.diagnosisPoa = new ArrayList<>(poa.stream().map(EncounterDocumentedMapper::normalize).toList());
        } else if (item.diagnosisPoa.size() != item.diagnosisCodes.size()) {
            item.diagnosisPoa = new ArrayList<>(java.util.Collections.nCopies(item.diagnosisCodes.size(), null));
        }
        if (command.icdProcedures() != null) {
            item.icdProcedures.clear();
            command.icdProcedures().forEach(p -> item.icdProcedures.add(
                    new IcdProcedure(EncounterDocumentedMapper.normalize(p.code()), p.performedDate())));
        }
    }

    /**
     * Finalizes when the edits (re-run now, on the content in force) find no error; warnings may be overridden
     * with a reason. Errors, an override of an error or of no current finding: 422 and nothing changes.
     */
    @Transactional
    public CodingWorkItem finalizeCoding(String encounterId, FinalizeCommand command) {
        CodingWorkItem item = openItemForUpdate(encounterId);
        if (item.isLockedAgainst(command.coder())) {
            throw ProblemException.conflict("encounter " + encounterId + " is assigned to " + item.assignedTo);
        }
        CodeEdits.Result result = edits.check(item);
        Instant now = Instant.now();
        List<WorkItemOverride> overrides = new ArrayList<>();
        for (FinalizeCommand.Override o : command.overrides()) {
            Finding finding = result.findings().stream().filter(f -> matches(f, o)).findFirst()
                    .orElseThrow(() -> unprocessable("override " + describe(o) + " matches no current finding"));
            if (finding.isError()) {
                throw unprocessable(finding.ruleId() + " is an error and cannot be overridden: " + finding.message());
            }
            if (overrides.stream().anyMatch(existing -> existing.findingId.equals(finding.id()))) {
                throw unprocessable("finding " + finding.id() + " is overridden twice");
            }
            overrides.add(new WorkItemOverride(finding, o.reason().strip(), command.coder(), now));
        }
        List<String> errors = result.findings().stream().filter(Finding::isError).map(Finding::message).toList();
        if (!errors.isEmpty()) {
            throw unprocessable("encounter " + encounterId + " cannot be finalized: " + String.join("; ", errors));
        }
        item.checked(result.findings(), result.contentVersion(), now);
        item.finalizeBy(command.coder(), overrides, now);
        audits.sampleIfChosen(item, now);
        outbox.publish(Topics.ENCOUNTER_CODED, encounterId, EncounterCodedMapper.toEvent(item));
        LOG.infof("encounter %s finalized by %s with %d override(s)", encounterId, command.coder(), overrides.size());
        return item;
    }

    /** By finding id, or by rule id and (when given) exactly the finding's line numbers. */
    private static boolean matches(Finding f, FinalizeCommand.Override o) {
        if (o.findingId() != null && !o.findingId().isBlank()) {
            return f.id().equals(o.findingId());
        }
        return f.ruleId().equals(o.ruleId()) && (o.lineNumbers().isEmpty() || f.lineNumbers().equals(o.lineNumbers()));
    }

    private static String describe(FinalizeCommand.Override o) {
        return o.findingId() != null && !o.findingId().isBlank() ? o.findingId()
                : o.ruleId() + (o.lineNumbers().isEmpty() ? "" : " " + o.lineNumbers());
    }

    private static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail);
    }

    /** Changing an item's codes claims it for the coder; an item locked to another coder is a 409. */
    private static void claim(CodingWorkItem item, String coder, Instant now) {
        if (item.isLockedAgainst(coder)) {
            throw ProblemException.conflict("encounter " + item.encounterId + " is assigned to " + item.assignedTo);
        }
        if (item.assignedTo == null) {
            item.assignTo(coder, now);
        }
    }

    /** Locks the row so two coders cannot change or finalize the same item at once. */
    private CodingWorkItem openItemForUpdate(String encounterId) {
        CodingWorkItem item = CodingWorkItem.findForUpdate(encounterId)
                .orElseThrow(() -> ProblemException.notFound("work item", encounterId));
        if (item.isCoded()) {
            throw ProblemException.conflict("encounter " + encounterId + " is already coded");
        }
        if (item.status == WorkItemStatus.ON_HOLD) {
            throw ProblemException.conflict("encounter " + encounterId + " is on hold for a physician query");
        }
        return item;
    }
}
