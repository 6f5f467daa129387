package io.revcycle.eligibility.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.eligibility.config.EligibilityConfig;
import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.CoverageDecision;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.Payer;
import io.revcycle.rest.ProblemException;

/** Real-time checks for registration: the 270 is committed and sent, then the answer is awaited for a while. */
@ApplicationScoped
public class RealTimeEligibility {

    private final EligibilityVerificationService verification;
    private final EligibilityConfig config;

    public RealTimeEligibility(EligibilityVerificationService verification, EligibilityConfig config) {
        this.verification = verification;
        this.config = config;
    }

    @Transactional
    public String start(RealTimeCheckCommand command) {
        Payer payer = Payer.of(command.payerId())
                .orElseThrow(() -> ProblemException.notFound("Payer", command.payerId()));
        if (!payer.answersInquiries()) {
            throw new ProblemException(422, "Unprocessable Content", "Payer " + payer.payerId
                    + " takes no real-time eligibility inquiries (payer directory); see its coverages on file");
        }
        Coverage onFile = CoverageDecision.decide(Coverage.listByPayerAndMember(payer.payerId, command.memberId()),
                command.dateOfService()).coverage();
        return verification.ask(null, command.patientId(), payer, command.memberId(), command.dateOfService(),
                command.serviceType() == null ? config.x12().serviceType() : command.serviceType(), onFile,
                command.person(), command.providerNpi(), true).checkId;
    }

    /** The check once it is no longer pending, or as it is when {@code wait} has passed. */
    public EligibilityCheck await(String checkId, Duration wait) {
        Instant until = Instant.now().plus(wait);
        while (true) {
            EligibilityCheck check = read(checkId).orElseThrow(
                    () -> ProblemException.notFound("Eligibility check", checkId));
            if (!check.pending() || Instant.now().isAfter(until)) {
                return check;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return check;
            }
        }
    }

    public EligibilityCheck get(String checkId) {
        return read(checkId).orElseThrow(() -> ProblemException.notFound("Eligibility check", checkId));
    }

    /** Each read in its own transaction, so an answer committed meanwhile is seen; benefits loaded inside it. */
    private static Optional<EligibilityCheck> read(String checkId) {
        return QuarkusTransaction.requiringNew().call(() -> EligibilityCheck.byCheckId(checkId).map(c -> {
            c.benefits.size();
            return c;
        }));
    }
}
