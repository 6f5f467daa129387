package io.revcycle.payersim.messaging;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.payersim.service.ClaimStatusResponder;

/** The payer's side of claim status follow-up: it owns the 276 requests the provider sends. */
@ApplicationScoped
public class ClaimStatus276FileHandler implements EdiFileHandler {

    private final ClaimStatusResponder responder;

    public ClaimStatus276FileHandler(ClaimStatusResponder responder) {
        this.responder = responder;
    }

    @Override
    public Set<EdiDocumentType> documentTypes() {
        return EnumSet.of(EdiDocumentType.STATUS_276);
    }

    @Override
    public void handle(ReceivedEdiFile file) {
        responder.answer(file);
    }
}
