package io.revcycle.eligibility.service;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.edi.EdiInspector;
import io.revcycle.edi.outbound.EdiOutbound;
import io.revcycle.eligibility.config.EligibilityConfig;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.EligibilityInquiry;
import io.revcycle.eligibility.domain.Payer;
import io.revcycle.events.Topics;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.validate.Finding;

/**
 * Writes a check's 270 with common-x12, validates it and sends it through the EDI gateway (outbox: the file leaves
 * if and only if the pending check commits). One interchange per check, ISA13 from this service's own sequence.
 */
@ApplicationScoped
public class PayerInquiry {

    private static final Logger LOG = Logger.getLogger(PayerInquiry.class);

    private final EdiOutbound outbound;
    private final EligibilityConfig config;
    private final EntityManager em;

    public PayerInquiry(EdiOutbound outbound, EligibilityConfig config, EntityManager em) {
        this.outbound = outbound;
        this.config = config;
        this.em = em;
    }

    /** Returns false when the 270 does not validate (e.g. characters X12 cannot carry): nothing is sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean send(EligibilityCheck check, Payer payer, InquiryPerson person, String providerNpi) {
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        EligibilityInquiry inquiry = new EligibilityInquiry(check.checkId, config.x12().originatorId(), payer.name,
                payer.payerId, config.x12().providerName(),
                providerNpi == null || providerNpi.isBlank() ? config.x12().providerNpi() : providerNpi,
                person.lastName(), person.firstName(), check.memberId, person.birthDate(),
                person.birthDate() == null ? null : person.x12Gender(), check.dateOfService, check.serviceType);
        long isa13 = ((Number) em.createNativeQuery("select nextval('eligibility_isa_seq')").getSingleResult())
                .longValue();
        Envelope envelope = Envelope.of(config.x12().senderId(), payer.interchangeId).withCreated(now);
        byte[] bytes = X12Toolkit.writeTyped(List.of(inquiry.toX12(now.toLocalDate(),
                String.format("%02d%02d", now.getHour(), now.getMinute()))), envelope,
                ControlNumbers.startingAt(isa13), Delimiters.DEFAULT);
        List<Finding> findings = X12Toolkit.validate(bytes);
        if (!findings.isEmpty()) {
            // findings name segments and elements, never values
            LOG.warnf("check %s: the 270 does not validate, not sent:\n%s", check.checkId,
                    EdiInspector.describe(findings));
            return false;
        }
        check.inquiryFileId = outbound.send(Topics.EDI_TO_PAYER, bytes).fileId;
        LOG.infof("check %s: 270 %s sent to payer %s", check.checkId, check.inquiryFileId, payer.payerId);
        return true;
    }
}
