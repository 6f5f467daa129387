package io.revcycle.payersim.messaging;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.payersim.service.EligibilityResponder;

/** The payer's side of real-time eligibility: it owns the 270 inquiries the provider sends. */
@ApplicationScoped
public class Eligibility270FileHandler implements EdiFileHandler {

    private final EligibilityResponder responder;

    public Eligibility270FileHandler(EligibilityResponder responder) {
        this.responder = responder;
    }

    @Override
    public Set<EdiDocumentType> documentTypes() {
        return EnumSet.of(EdiDocumentType.ELIGIBILITY_270);
    }

    @Override
    public void handle(ReceivedEdiFile file) {
        responder.answer(file);
    }
}
