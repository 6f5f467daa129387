package io.revcycle.eligibility.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.eligibility.domain.CobPosition;
import io.revcycle.eligibility.domain.CoordinationOfBenefits;
import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.MspAnswers;
import io.revcycle.rest.ProblemException;

/** A patient's order of benefits on a date, from the coverages on file and the MSP answers. */
@ApplicationScoped
public class CoordinationOfBenefitsService {

    private static final Logger LOG = Logger.getLogger(CoordinationOfBenefitsService.class);

    public List<CobPosition> order(String patientId, LocalDate dateOfService) {
        return CoordinationOfBenefits.order(Coverage.listByPatient(patientId), MspAnswers.of(patientId), dateOfService);
    }

    public Optional<MspAnswers> mspAnswers(String patientId) {
        return MspAnswers.of(patientId);
    }

    public MspAnswers getMspAnswers(String patientId) {
        return MspAnswers.of(patientId).orElseThrow(() -> ProblemException.notFound("MSP answers of patient", patientId));
    }

    @Transactional
    public MspAnswers recordMspAnswers(RecordMspAnswersCommand command) {
        MspAnswers answers = MspAnswers.of(command.patientId()).orElse(null);
        boolean created = answers == null;
        if (created) {
            answers = new MspAnswers();
            answers.patientId = command.patientId();
        }
        answers.entitlement = command.entitlement();
        answers.groupPlanCurrentEmployment = command.groupPlanCurrentEmployment();
        answers.employerSize = command.employerSize();
        answers.esrdCoordinationPeriod = command.esrdCoordinationPeriod();
        answers.answeredBy = command.answeredBy();
        answers.answeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (created) {
            answers.persist();
        }
        LOG.infof("MSP answers recorded for patient %s by %s", answers.patientId, answers.answeredBy);
        return answers;
    }
}
