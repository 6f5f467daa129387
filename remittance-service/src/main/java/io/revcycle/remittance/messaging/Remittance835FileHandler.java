package io.revcycle.remittance.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.remittance.service.RemittanceFileService;

/**
 * This service's owner of 835 files: the EDI gateway hands it each new one (topic, inbound directory or upload; the
 * same file again never reaches it) in the transaction that records the file.
 */
@ApplicationScoped
public class Remittance835FileHandler implements EdiFileHandler {

    private final RemittanceFileService files;

    public Remittance835FileHandler(RemittanceFileService files) {
        this.files = files;
    }

    @Override
    public Set<EdiDocumentType> documentTypes() {
        return Set.of(EdiDocumentType.REMITTANCE_835);
    }

    @Override
    public void handle(ReceivedEdiFile file) {
        files.take(file);
    }
}
