package io.revcycle.claims.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.ClaimStatusAnswers;
import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.ReceivedEdiFile;

/** 277 claim status answers (005010X212) to the 276 inquiries of the follow-up job. */
@ApplicationScoped
public class ClaimStatus277FileHandler implements EdiFileHandler {

    private final ClaimStatusAnswers answers;

    public ClaimStatus277FileHandler(ClaimStatusAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Set<EdiDocumentType> documentTypes() {
        return Set.of(EdiDocumentType.STATUS_277);
    }

    @Override
    public void handle(ReceivedEdiFile file) {
        answers.take(file);
    }
}
