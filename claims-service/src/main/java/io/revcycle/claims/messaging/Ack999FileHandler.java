package io.revcycle.claims.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.AcknowledgmentService;
import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.ReceivedEdiFile;

/** 999 files acknowledging our 837 functional groups: accepted or rejected transaction sets. */
@ApplicationScoped
public class Ack999FileHandler implements EdiFileHandler {

    private final AcknowledgmentService acknowledgments;

    public Ack999FileHandler(AcknowledgmentService acknowledgments) {
        this.acknowledgments = acknowledgments;
    }

    @Override
    public Set<EdiDocumentType> documentTypes() {
        return Set.of(EdiDocumentType.ACK_999);
    }

    @Override
    public void handle(ReceivedEdiFile file) {
        acknowledgments.take999(file);
    }
}
