package io.revcycle.payersim.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.payersim.domain.Accumulator;
import io.revcycle.payersim.domain.Member;
import io.revcycle.payersim.domain.Payer;
import io.revcycle.payersim.domain.Plan;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.Benefit;
import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.eligibility.EligibilityInquiry270;
import io.revcycle.x12.eligibility.EligibilityResponse271;
import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.eligibility.Member270;
import io.revcycle.x12.eligibility.Member271;
import io.revcycle.x12.eligibility.Receiver270;
import io.revcycle.x12.eligibility.Receiver271;
import io.revcycle.x12.eligibility.Rejection;
import io.revcycle.x12.eligibility.Source270;
import io.revcycle.x12.eligibility.Source271;
import io.revcycle.x12.eligibility.Subscriber270;
import io.revcycle.x12.eligibility.Subscriber271;
import io.revcycle.x12.eligibility.Trace;
import io.revcycle.x12.model.Delimiters;

/**
 * Answers 270 inquiries with 271s from the member tables, in the gateway's intake transaction:
 * <ul>
 * <li>a file with SNIP errors: no 271, and a 999 rejecting it unless its envelope is in error
 * ({@link FileAcknowledgments});</li>
 * <li>payer eligibility mode UNAVAILABLE: AAA 42 (unable to respond at current time) at the payer level; SILENT:
 * nothing at all;</li>
 * <li>a member id not in the payer's format (6..20 capital letters and digits): AAA 72 (invalid member id); an unknown
 * member: AAA 75 (subscriber not found);</li>
 * <li>a member not covered on the date asked (DTP*291, else today): EB*6 inactive;</li>
 * <li>covered: EB*1 with the plan, in-network copay per visit (B, 27), coinsurance (A, 23), deductible and out of
 * pocket (C, G) for the calendar year (23) and what remains of them (29) from the member's accumulator.</li>
 * </ul>
 * The 271 echoes each inquiry's TRN as type 2, so the provider matches answers to inquiries.
 */
@ApplicationScoped
public class EligibilityResponder {

    private static final Logger LOG = Logger.getLogger(EligibilityResponder.class);
    private static final Pattern MEMBER_ID_FORMAT = Pattern.compile("[A-Z0-9]{6,20}");
    private static final List<String> PLAN_COVERAGE = List.of("30");

    private final ControlNumberSequence numbers;
    private final AnswerFiles answers;
    private final FileAcknowledgments acknowledgments;

    public EligibilityResponder(ControlNumberSequence numbers, AnswerFiles answers,
            FileAcknowledgments acknowledgments) {
        this.numbers = numbers;
        this.answers = answers;
        this.acknowledgments = acknowledgments;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(ReceivedEdiFile file) {
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        if (file.hasErrors()) {
            acknowledgments.acknowledge(file, "270");
            LOG.infof("rejected 270 file %s", file.fileId());
            return;
        }
        String payerIsaId = file.document().interchanges().get(0).receiverId().strip();
        Payer payer = Payer.byIsaId(payerIsaId).orElse(null);
        if (payer != null && Payer.ELIGIBILITY_SILENT.equals(payer.eligibilityMode)) {
            LOG.infof("payer %s is silent: 270 file %s not answered", payer.payerId, file.fileId());
            return;
        }
        List<EligibilityResponse271> responses = new ArrayList<>();
        for (EligibilityInquiry270 inquiry : X12Toolkit.readTyped(file.content(), EligibilityInquiry270.class)
                .values()) {
            responses.add(respond(inquiry, payer, now.toLocalDate()));
        }
        Envelope envelope = new Envelope("ZZ", payerIsaId, "ZZ", file.senderId(), payerIsaId, file.senderId(), now,
                "P", false);
        byte[] bytes = X12Toolkit.writeTyped(responses, envelope, numbers.forFile(), Delimiters.DEFAULT);
        String answerId = answers.send(bytes).fileId;
        LOG.infof("answered 270 file %s with 271 %s (%d inquiries)", file.fileId(), answerId, responses.size());
    }

    private EligibilityResponse271 respond(EligibilityInquiry270 inquiry, Payer payer, LocalDate today) {
        List<Source271> sources = new ArrayList<>();
        for (Source270 source : inquiry.sources()) {
            if (payer == null || Payer.ELIGIBILITY_UNAVAILABLE.equals(payer.eligibilityMode)) {
                sources.add(new Source271(List.of(), source.name(), List.of(),
                        List.of(new Rejection(true, "42", "R")), List.of()));
                continue;
            }
            List<Receiver271> receivers = new ArrayList<>();
            for (Receiver270 receiver : source.receivers()) {
                List<Subscriber271> subscribers = new ArrayList<>();
                for (Subscriber270 subscriber : receiver.subscribers()) {
                    subscribers.add(new Subscriber271(member(subscriber.subscriber(), payer, today), List.of()));
                }
                receivers.add(new Receiver271(receiver.name(), List.of(), null, List.of(), null, subscribers));
            }
            sources.add(new Source271(List.of(), source.name(), List.of(), List.of(), receivers));
        }
        return new EligibilityResponse271("11", inquiry.submitterTransactionId(), today, "1200", sources);
    }

    private static Member271 member(Member270 asked, Payer payer, LocalDate today) {
        List<Trace> traces = asked.traces().stream()
                .map(t -> new Trace("2", t.number(), t.originatorId(), t.secondaryId())).toList();
        String memberId = asked.name() == null ? null : asked.name().id();
        if (memberId == null || !MEMBER_ID_FORMAT.matcher(memberId).matches()) {
            return rejected(traces, asked.name(), "72");
        }
        Optional<Member> found = Member.of(payer.payerId, memberId);
        if (found.isEmpty()) {
            return rejected(traces, asked.name(), "75");
        }
        Member m = found.get();
        LocalDate date = asked.dates().stream().filter(d -> "291".equals(d.qualifier())).map(DatePeriod::start)
                .findFirst().orElse(today);
        EntityName name = EntityName.person("IL", m.lastName, m.firstName, "MI", m.memberId);
        if (!m.coveredOn(date)) {
            return new Member271(traces, name, List.of(), null, List.of(), null, null, null, List.of(), List.of(),
                    null, List.of(Benefit.of("6", "IND", PLAN_COVERAGE, null, null)));
        }
        Plan plan = Plan.findById(m.planId);
        Accumulator acc = Accumulator.<Accumulator>find("payerId = ?1 and memberId = ?2 and planId = ?3 and planYear = ?4",
                m.payerId, m.memberId, m.planId, date.getYear()).firstResultOptional().orElse(null);
        BigDecimal deductibleMet = acc == null ? BigDecimal.ZERO : acc.deductibleMet;
        BigDecimal oopMet = acc == null ? BigDecimal.ZERO : acc.outOfPocketMet;
        List<Benefit> benefits = List.of(
                Benefit.of("1", "IND", PLAN_COVERAGE, null, plan.name),
                eb("B", "27", plan.copay, null),
                eb("A", "23", null, plan.coinsurancePercent.movePointLeft(2).setScale(2, RoundingMode.HALF_UP)),
                eb("C", "23", plan.annualDeductible, null),
                eb("C", "29", plan.annualDeductible.subtract(deductibleMet).max(BigDecimal.ZERO).setScale(2), null),
                eb("G", "23", plan.outOfPocketMax, null),
                eb("G", "29", plan.outOfPocketMax.subtract(oopMet).max(BigDecimal.ZERO).setScale(2), null));
        return new Member271(traces, name, List.of(), null, List.of(), null, null, null, List.of(),
                List.of(DatePeriod.on("346", m.effectiveDate)), null, benefits);
    }

    private static Member271 rejected(List<Trace> traces, EntityName asked, String reason) {
        return new Member271(traces, asked, List.of(), null, List.of(new Rejection(true, reason, "C")), null, null,
                null, List.of(), List.of(), null, List.of());
    }

    private static Benefit eb(String info, String period, BigDecimal amount, BigDecimal percent) {
        return new Benefit(info, "IND", PLAN_COVERAGE, null, null, period, amount, percent, null, null, null, "Y",
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
