package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Parameters;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialStatus;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.denials.DenialCategory;
import io.revcycle.denials.DenialClassification;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.denials.DenialToClassify;

/**
 * The denial work queues: one item per denied line, in its owning department's queue (coding, billing, front desk,
 * CDI), nearest appeal deadline first. Contractual lines are recorded but enter RESOLVED: they are not denials.
 */
@ApplicationScoped
public class DenialQueueService {

    private static final Logger LOG = Logger.getLogger(DenialQueueService.class);

    /**
     * What a queue shows: items in one of these statuses (open work, OPEN and WAITING, when none is named), every other
     * filter optional; the age is counted from the day the denial arrived; {@code returnedFromCoding}: only lines
     * coding's re-review gave back (and not routed to coding again since).
     */
    public record QueueFilter(Set<DenialStatus> statuses, Optional<String> claimId, Optional<String> department,
            Optional<String> payerId, Optional<String> category, Optional<BigDecimal> minAmount,
            Optional<Integer> minAgeDays, int limit, boolean returnedFromCoding) {

        /** The work still to do: what a queue shows unless resolved items are asked for. */
        public static final Set<DenialStatus> OPEN_WORK = Set.of(DenialStatus.OPEN, DenialStatus.WAITING);

        public QueueFilter {
            statuses = statuses == null || statuses.isEmpty() ? OPEN_WORK : Set.copyOf(statuses);
        }
    }

    private final DenialClassifier classifier;
    private final ClaimStateMachine stateMachine;
    private final Clock clock;

    public DenialQueueService(DenialClassifier classifier, ClaimStateMachine stateMachine, Clock clock) {
        this.clock = clock;
        this.classifier = classifier;
        this.stateMachine = stateMachine;
    }

    /** Runs once per event (the inbox drops redeliveries); the (event, line) unique key is the safety net. */
    @Transactional
    public List<DenialItem> enqueue(EnqueueDenialsCommand command) {
        Claim claim = Claim.findById(command.claimId());
        if (claim == null) {
            throw new IllegalStateException("claim " + command.claimId() + " does not exist");
        }
        if (command.payerClaimControlNumber() != null && !command.payerClaimControlNumber().isBlank()) {
            // the 835's CLP07 is the payer's number: a next payer's is its leg's, never the claim's own payer's
            if (command.forNextPayerLeg()) {
                ClaimPayerLeg.byResponsibility(claim.claimId, command.payerResponsibility())
                        .ifPresent(leg -> leg.payerClaimControlNumber = command.payerClaimControlNumber());
            } else {
                claim.payerClaimControlNumber = command.payerClaimControlNumber();
            }
        }
        Instant now = clock.instant();
        LocalDate received = LocalDate.ofInstant(command.occurredAt(), ZoneOffset.UTC);
        List<DenialItem> items = new ArrayList<>();
        for (EnqueueDenialsCommand.DeniedLine line : command.lines()) {
            DenialItem item = new DenialItem();
            item.eventId = command.eventId();
            item.claimId = command.claimId();
            item.encounterId = command.encounterId();
            item.payerId = command.payerId();
            item.payerResponsibility = command.forNextPayerLeg() ? command.payerResponsibility() : "P";
            item.lineNumber = line.lineNumber();
            item.procedureCode = line.procedureCode();
            item.groupCode = line.groupCode();
            item.reasonCode = line.reasonCode();
            item.remarkCodes = new ArrayList<>(line.remarkCodes());
            item.amount = line.amount();
            item.createdAt = now;
            if (line.classified()) {
                item.category = line.category();
                item.department = line.department();
                item.avoidable = line.avoidable();
                item.nextAction = line.nextAction();
                item.ruleId = line.ruleId();
                item.rulesVersion = command.rulesVersion();
                item.appealDeadline = command.appealDeadline();
                item.inactiveCodes = new ArrayList<>(line.inactiveCodes());
            } else {
                classifyHere(item, received);
            }
            boolean denial = !DenialCategory.CONTRACTUAL.name().equals(item.category);
            item.status = denial ? DenialStatus.OPEN : DenialStatus.RESOLVED;
            if (!denial) {
                item.resolution = "NOT_A_DENIAL";
                item.resolvedAt = now;
            }
            item.persist();
            items.add(item);
        }
        stateMachine.note(claim, (command.forNextPayerLeg() ? command.payerId() + " (" + command.payerResponsibility()
                + ") " : "") + describe(items), null, null);
        LOG.infof("claim %s: %d denied line(s) queued", command.claimId(), items.size());
        return items;
    }

    /** An event without classification (from before denial intelligence): the rules in force here decide. */
    private void classifyHere(DenialItem item, LocalDate received) {
        // the payer directory's appeal window when the directory has announced the payer, else the rules'
        Integer window = PayerEntry.<PayerEntry>findByIdOptional(item.payerId).map(p -> p.appealWindowDays)
                .orElse(null);
        DenialClassification c = classifier.classify(new DenialToClassify(item.payerId, item.groupCode,
                item.reasonCode, item.remarkCodes, received, window));
        item.category = c.category().name();
        item.department = c.department().name();
        item.avoidable = c.avoidable();
        item.nextAction = c.nextAction();
        item.ruleId = c.ruleId();
        item.rulesVersion = c.rulesVersion();
        item.appealDeadline = c.appealDeadline();
        item.inactiveCodes = new ArrayList<>(c.inactiveCodes());
    }

    /** The timeline line: which reasons, where they went, by when. */
    private static String describe(List<DenialItem> items) {
        StringBuilder s = new StringBuilder("denied by the payer: ");
        for (int i = 0; i < items.size(); i++) {
            DenialItem d = items.get(i);
            s.append(i == 0 ? "" : "; ").append("line ").append(d.lineNumber).append(' ').append(d.groupCode)
                    .append('-').append(d.reasonCode);
            if (!d.remarkCodes.isEmpty()) {
                s.append(' ').append(String.join(" ", d.remarkCodes));
            }
            s.append(' ').append(d.amount).append(" → ").append(d.category).append(", ").append(d.department)
                    .append(" queue");
            if (!d.inactiveCodes.isEmpty()) {
                s.append(" (not in use on this remittance: ").append(String.join(", ", d.inactiveCodes))
                        .append(": the payer's error)");
            }
        }
        TreeSet<LocalDate> deadlines = new TreeSet<>();
        items.stream().filter(d -> d.status == DenialStatus.OPEN && d.appealDeadline != null)
                .forEach(d -> deadlines.add(d.appealDeadline));
        if (!deadlines.isEmpty()) {
            s.append("; appeal by ").append(deadlines.first());
        }
        return s.toString();
    }

    public List<DenialItem> queue(QueueFilter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        where.append(" and status in :statuses");
        params.and("statuses", f.statuses());
        f.claimId().ifPresent(c -> and(where, params, "claimId", c));
        f.department().ifPresent(d -> and(where, params, "department", d));
        f.payerId().ifPresent(p -> and(where, params, "payerId", p));
        f.category().ifPresent(c -> and(where, params, "category", c));
        f.minAmount().ifPresent(a -> {
            where.append(" and amount >= :minAmount");
            params.and("minAmount", a);
        });
        if (f.returnedFromCoding()) {
            where.append(" and returnedFromCodingAt is not null and department not in :withCoding");
            params.and("withCoding", Set.of("CODING", "CDI"));
        }
        f.minAgeDays().ifPresent(days -> {
            where.append(" and createdAt <= :olderThan");
            params.and("olderThan", clock.instant().minus(days, ChronoUnit.DAYS));
        });
        return DenialItem.find(where + " order by appealDeadline asc nulls last, amount desc, createdAt, id", params)
                .page(0, f.limit()).list();
    }

    private static void and(StringBuilder where, Parameters params, String field, Object value) {
        where.append(" and ").append(field).append(" = :").append(field);
        params.and(field, value);
    }
}
