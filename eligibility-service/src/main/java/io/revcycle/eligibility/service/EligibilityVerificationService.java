package io.revcycle.eligibility.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.eligibility.config.EligibilityConfig;
import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.Payer;
import io.revcycle.eligibility.domain.CoverageDecision;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.Relationship;
import io.revcycle.eligibility.messaging.EligibilityEventMapper;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.rest.ProblemException;

/** Checks coverage once per encounter and publishes the result as EligibilityVerified in the same transaction. */
@ApplicationScoped
public class EligibilityVerificationService {

    private static final Logger LOG = Logger.getLogger(EligibilityVerificationService.class);

    private final EventOutbox outbox;
    private final PayerInquiry inquiry;
    private final EligibilityAnswers answers;
    private final EligibilityConfig config;
    private final CoordinationOfBenefitsService cob;

    public EligibilityVerificationService(EventOutbox outbox, PayerInquiry inquiry, EligibilityAnswers answers,
            EligibilityConfig config, CoordinationOfBenefitsService cob) {
        this.cob = cob;
        this.outbox = outbox;
        this.inquiry = inquiry;
        this.answers = answers;
        this.config = config;
    }

    /**
     * An encounter already checked (e.g. re-published under a new event id) keeps its stored result and publishes
     * nothing, so downstream services see exactly one EligibilityVerified per encounter.
     */
    @Transactional
    public EligibilityCheck verify(VerifyEligibilityCommand command) {
        Optional<EligibilityCheck> existing = EligibilityCheck.findByEncounterId(command.encounterId());
        if (existing.isPresent()) {
            LOG.infof("encounter %s already checked (%s); not checking again", command.encounterId(),
                    existing.get().result);
            return existing.get();
        }
        return checkNow(command, true);
    }

    /**
     * Checks the coverage on file and, when it is active at a payer that answers 270s, asks the payer (from the cache
     * when {@code useCache} and a recent 271 answers the same question).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EligibilityCheck checkNow(VerifyEligibilityCommand command, boolean useCache) {
        CoverageDecision decision = CoverageDecision.decide(
                Coverage.listByPayerAndMember(command.payerId(), command.memberId()), command.dateOfService());
        Optional<Payer> realTime = Payer.of(command.payerId()).filter(Payer::answersInquiries);
        if (decision.active() && realTime.isPresent()) {
            // the coverage on file is asked about at the payer: the 271 decides, not the file
            return ask(command.encounterId(), command.patientId(), realTime.get(), command.memberId(),
                    command.dateOfService(), config.x12().serviceType(), decision.coverage(), command.person(),
                    command.providerNpi(), useCache);
        }
        EligibilityCheck check = EligibilityCheck.of(command.encounterId(), command.patientId(), command.payerId(),
                command.memberId(), command.dateOfService(), decision, UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        check.persist();
        outbox.publish(Topics.ELIGIBILITY_VERIFIED, check.encounterId,
                EligibilityEventMapper.toEligibilityVerified(check, cob.order(check.patientId, check.dateOfService)));
        if (check.coverageActive()) {
            LOG.debugf("encounter %s: coverage %s active at payer %s", check.encounterId, check.coverageId,
                    check.payerId);
        } else {
            LOG.debugf("encounter %s: no active coverage at payer %s (%s)", check.encounterId, check.payerId,
                    check.reason);
        }
        return check;
    }

    /**
     * A coverage of this member was registered or changed: encounters whose check found no active coverage are
     * checked again, and those now covered publish a new EligibilityVerified (a new event id), so a claim held for
     * inactive coverage is re-evaluated. Active checks keep their snapshot. As for a first check, a payer that
     * answers 270s is asked rather than the file (whose benefits may be unknown, e.g. an HL7 ADT registration): the
     * check is pending until its 271.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recheckInactive(String payerId, String memberId) {
        List<Coverage> coverages = Coverage.listByPayerAndMember(payerId, memberId);
        Optional<Payer> realTime = Payer.of(payerId).filter(Payer::answersInquiries);
        int rechecked = 0;
        for (EligibilityCheck check : EligibilityCheck.inactiveOf(payerId, memberId)) {
            CoverageDecision decision = CoverageDecision.decide(coverages, check.dateOfService);
            if (!decision.active()) {
                continue;
            }
            if (realTime.isPresent()) {
                askAgain(check, realTime.get(), decision.coverage());
                rechecked++;
                continue;
            }
            EligibilityCheck renewed = EligibilityCheck.of(check.encounterId, check.patientId, check.payerId,
                    check.memberId, check.dateOfService, decision, UUID.randomUUID(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            check.replaceWith(renewed);
            outbox.publish(Topics.ELIGIBILITY_VERIFIED, check.encounterId,
                    EligibilityEventMapper.toEligibilityVerified(check,
                            cob.order(check.patientId, check.dateOfService)));
            LOG.infof("encounter %s re-checked after a coverage change: coverage %s active", check.encounterId,
                    check.coverageId);
            rechecked++;
        }
        return rechecked;
    }

    /**
     * A check at the payer: a 271 answered for the same member, date and service type within the cache time is
     * reused (unless {@code useCache} is false: a re-verification wants the payer's answer of today); otherwise the check stays PENDING with its 270 on the way (or ends unverified when no valid 270 could be
     * written).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EligibilityCheck ask(String encounterId, String patientId, Payer payer, String memberId,
            java.time.LocalDate dateOfService, String serviceType, Coverage coverage, InquiryPerson person,
            String providerNpi, boolean useCache) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EligibilityCheck check = EligibilityCheck.pending(encounterId, patientId, payer.payerId, memberId,
                dateOfService, serviceType, coverage, now);
        if (coverage != null) {
            check.planName = coverage.planName;
        }
        Optional<EligibilityCheck> cached = !useCache ? Optional.empty()
                : EligibilityCheck.answeredSince(payer.payerId, memberId, dateOfService, serviceType,
                        now.minus(config.cacheTime()));
        check.persist();
        if (cached.isPresent()) {
            answers.copy(check, cached.get());
            LOG.infof("check %s: the 271 of check %s is recent enough; no 270 sent", check.checkId,
                    cached.get().checkId);
        } else if (!inquiry.send(check, payer, person, providerNpi)) {
            answers.unverifiable(check);
        }
        return check;
    }

    /**
     * An encounter's on-file check asked again at the payer. The encounter's demographics are not kept here, so the
     * 270 names the member by id, and the subscriber by the coverage's name when the patient is a dependent.
     */
    private void askAgain(EligibilityCheck check, Payer payer, Coverage coverage) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String serviceType = config.x12().serviceType();
        check.askPayer(serviceType, coverage, now);
        InquiryPerson person = coverage.relationship() == Relationship.SELF ? InquiryPerson.UNKNOWN
                : new InquiryPerson(coverage.subscriberLastName, coverage.subscriberFirstName,
                        coverage.subscriberBirthDate, null);
        Optional<EligibilityCheck> cached = EligibilityCheck.answeredSince(payer.payerId, check.memberId,
                check.dateOfService, serviceType, now.minus(config.cacheTime()));
        if (cached.isPresent()) {
            answers.copy(check, cached.get());
        } else if (!inquiry.send(check, payer, person, null)) {
            answers.unverifiable(check);
        }
        LOG.infof("encounter %s re-checked after a coverage change: check %s asks payer %s (%s)", check.encounterId,
                check.checkId, payer.payerId, check.result);
    }

    /** With its benefits loaded, so the caller may read them after the transaction. */
    @Transactional
    public EligibilityCheck get(String encounterId) {
        EligibilityCheck check = EligibilityCheck.findByEncounterId(encounterId)
                .orElseThrow(() -> ProblemException.notFound("Eligibility check for encounter", encounterId));
        check.benefits.size();
        return check;
    }
}
