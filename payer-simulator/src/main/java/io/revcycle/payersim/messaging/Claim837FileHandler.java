package io.revcycle.payersim.messaging;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.payersim.service.ClaimIntake;

/** The payer's side of the gateway: it owns the 837P and 837I files the provider sends (with or without errors). */
@ApplicationScoped
public class Claim837FileHandler implements EdiFileHandler {

    private final ClaimIntake intake;

    public Claim837FileHandler(ClaimIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<EdiDocumentType> documentTypes() {
        return EnumSet.of(EdiDocumentType.CLAIM_837P, EdiDocumentType.CLAIM_837I);
    }

    @Override
    public void handle(ReceivedEdiFile file) {
        intake.take(file);
    }
}
