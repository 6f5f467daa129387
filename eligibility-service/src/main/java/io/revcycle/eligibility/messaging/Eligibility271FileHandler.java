package io.revcycle.eligibility.messaging;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.eligibility.domain.EligibilityAnswer;
import io.revcycle.eligibility.service.EligibilityAnswers;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.EligibilityResponse271;

/**
 * Takes the payers' 271 files (from revcycle.edi.from-payer, the inbound folder or POST /edi/files), each transaction
 * set answering the check its TRN names. A 271 with SNIP errors is recorded by the gateway and answers nothing: its
 * checks end unverified when their time is up.
 */
@ApplicationScoped
public class Eligibility271FileHandler implements EdiFileHandler {

    private static final Logger LOG = Logger.getLogger(Eligibility271FileHandler.class);

    private final EligibilityAnswers answers;

    public Eligibility271FileHandler(EligibilityAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Set<EdiDocumentType> documentTypes() {
        return EnumSet.of(EdiDocumentType.ELIGIBILITY_271);
    }

    @Override
    public void handle(ReceivedEdiFile file) {
        if (file.hasErrors()) {
            LOG.warnf("271 file %s has SNIP errors; no check takes it", file.fileId());
            return;
        }
        for (EligibilityResponse271 response : X12Toolkit.readTyped(file.content(), EligibilityResponse271.class)
                .values()) {
            answers.take(EligibilityAnswer.of(response), file.fileId());
        }
    }
}
