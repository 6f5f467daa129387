package io.revcycle.coding.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.coding.domain.CodingQuery;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.WorkItemStatus;
import io.revcycle.events.CodingQueryAnswered;
import io.revcycle.events.CodingQueryRaised;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.rest.ProblemException;

/**
 * Physician (CDI) queries: raising one puts the work item on hold and announces CodingQueryRaised; the physician's
 * answer is kept with the chart, announces CodingQueryAnswered and returns the item to its coder. Aging and response
 * rate per physician come from the same rows.
 */
@ApplicationScoped
public class PhysicianQueries {

    private static final Logger LOG = Logger.getLogger(PhysicianQueries.class);

    /** Per physician: raised, answered, still open, response rate, mean hours to answer, oldest open query's age. */
    public record PhysicianStats(String physicianNpi, long raised, long answered, long open, BigDecimal responseRate,
            BigDecimal meanHoursToAnswer, Long oldestOpenDays) {
    }

    private final QueryTemplates templates;
    private final EventOutbox outbox;
    private final EntityManager em;

    public PhysicianQueries(QueryTemplates templates, EventOutbox outbox, EntityManager em) {
        this.templates = templates;
        this.outbox = outbox;
        this.em = em;
    }

    @Transactional
    public CodingQuery raise(RaiseQueryCommand command, String raisedBy) {
        QueryTemplates.Template template = templates.get(command.templateId())
                .orElseThrow(() -> ProblemException.badRequest("unknown query template " + command.templateId()));
        CodingWorkItem item = CodingWorkItem.findForUpdate(command.encounterId())
                .orElseThrow(() -> ProblemException.notFound("work item", command.encounterId()));
        if (item.status == WorkItemStatus.CODED) {
            throw ProblemException.conflict("encounter " + item.encounterId + " is already coded");
        }
        Instant now = Instant.now();
        CodingQuery query = new CodingQuery();
        query.queryId = UUID.randomUUID();
        query.encounterId = item.encounterId;
        query.templateId = template.id();
        query.question = template.question();
        query.options = new ArrayList<>(template.options());
        query.clinicalIndicators = new ArrayList<>(command.clinicalIndicators().stream().map(String::strip).toList());
        query.physicianNpi = item.renderingProviderNpi;
        query.raisedBy = raisedBy;
        query.raisedAt = now;
        query.returnTo = item.assignedTo != null ? item.assignedTo : raisedBy;
        query.persist();
        item.status = WorkItemStatus.ON_HOLD;
        item.updatedAt = now;
        outbox.publish(Topics.CODING_QUERY_RAISED, item.encounterId, CodingQueryRaised.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(now).setQueryId(query.queryId)
                .setEncounterId(item.encounterId).setPatientId(item.patientId).setFacilityId(item.facilityId)
                .setPhysicianNpi(query.physicianNpi).setTemplateId(query.templateId).setQuestion(query.question)
                .setOptions(List.copyOf(query.options)).setRaisedBy(raisedBy).build());
        LOG.infof("query %s raised on encounter %s (%s)", query.queryId, item.encounterId, template.id());
        return query;
    }

    @Transactional
    public CodingQuery answer(UUID queryId, AnswerQueryCommand command, String physician) {
        CodingQuery query = em.find(CodingQuery.class, queryId, LockModeType.PESSIMISTIC_WRITE);
        if (query == null) {
            throw ProblemException.notFound("query", queryId.toString());
        }
        if (!query.isOpen()) {
            throw ProblemException.conflict("query " + queryId + " was answered on " + query.answeredAt);
        }
        String answer = command.answer().strip();
        if (!query.options.contains(answer)) {
            throw new ProblemException(422, "Unprocessable Content", "the answer must be one of " + query.options);
        }
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        if (QueryTemplates.OTHER.equals(answer) && comment == null) {
            throw new ProblemException(422, "Unprocessable Content", "\"Other\" needs the physician's own words in comment");
        }
        Instant now = Instant.now();
        query.answer = answer;
        query.answerComment = comment;
        query.answeredBy = physician;
        query.answeredAt = now;
        CodingWorkItem item = CodingWorkItem.findForUpdate(query.encounterId).orElseThrow();
        em.flush(); // the answer counts before asking whether other queries are still open
        if (item.status == WorkItemStatus.ON_HOLD && CodingQuery.openOn(item.encounterId) == 0) {
            item.status = WorkItemStatus.NEEDS_REVIEW;
            item.assignTo(query.returnTo, now); // back to its coder
        }
        outbox.publish(Topics.CODING_QUERY_ANSWERED, item.encounterId, CodingQueryAnswered.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(now).setQueryId(query.queryId)
                .setEncounterId(item.encounterId).setPatientId(item.patientId).setPhysicianNpi(query.physicianNpi)
                .setAnswer(answer).setAnsweredBy(physician).setRaisedAt(query.raisedAt).build());
        LOG.infof("query %s answered; encounter %s %s", queryId, item.encounterId, item.status);
        return query;
    }

    public CodingQuery get(UUID queryId) {
        CodingQuery query = CodingQuery.findById(queryId);
        if (query == null) {
            throw ProblemException.notFound("query", queryId.toString());
        }
        return query;
    }

    /** Open (or answered) queries, oldest first, optionally of one physician. */
    public List<CodingQuery> list(boolean open, String physicianNpi, int limit) {
        String where = open ? "answeredAt is null" : "answeredAt is not null";
        return physicianNpi == null
                ? CodingQuery.<CodingQuery>find(where + " order by raisedAt").page(0, limit).list()
                : CodingQuery.<CodingQuery>find(where + " and physicianNpi = ?1 order by raisedAt", physicianNpi)
                        .page(0, limit).list();
    }

    public List<PhysicianStats> stats() {
        List<PhysicianStats> result = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select physician_npi, count(*), count(answered_at),
                       avg(extract(epoch from answered_at - raised_at)) / 3600,
                       max(current_date - cast(raised_at as date)) filter (where answered_at is null)
                from coding_query group by physician_npi order by physician_npi""").getResultList()) {
            Object[] r = (Object[]) row;
            long raised = ((Number) r[1]).longValue();
            long answered = ((Number) r[2]).longValue();
            result.add(new PhysicianStats((String) r[0], raised, answered, raised - answered,
                    BigDecimal.valueOf(answered).divide(BigDecimal.valueOf(raised), 2, RoundingMode.HALF_UP),
                    r[3] == null ? null : new BigDecimal(r[3].toString()).setScale(1, RoundingMode.HALF_UP),
                    r[4] == null ? null : ((Number) r[4]).longValue()));
        }
        return result;
    }
}
