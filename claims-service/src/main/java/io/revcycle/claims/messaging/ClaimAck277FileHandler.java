package io.revcycle.claims.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.AcknowledgmentService;
import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.ReceivedEdiFile;

/** 277CA files: the payer accepted (A1/A2) or rejected (A3/A6/A7/A8) each of our claims. */
@ApplicationScoped
public class ClaimAck277FileHandler implements EdiFileHandler {

    private final AcknowledgmentService acknowledgments;

    public ClaimAck277FileHandler(AcknowledgmentService acknowledgments) {
        this.acknowledgments = acknowledgments;
    }

    @Override
    public Set<EdiDocumentType> documentTypes() {
        return Set.of(EdiDocumentType.CLAIM_ACK_277CA);
    }

    @Override
    public void handle(ReceivedEdiFile file) {
        acknowledgments.take277(file);
    }
}
