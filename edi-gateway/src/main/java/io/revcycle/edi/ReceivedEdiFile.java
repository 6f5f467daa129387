package io.revcycle.edi;

import java.util.List;
import java.util.Set;

import io.revcycle.x12.X12Document;
import io.revcycle.x12.validate.Finding;

/** A new inbound file handed to the handlers that own (some of) its types, inside the intake transaction. */
public record ReceivedEdiFile(String fileId, String fileName, EdiOrigin origin, byte[] content,
        InspectedFile inspection) {

    public String senderId() {
        return inspection.senderId();
    }

    public String interchangeControlNumber() {
        return inspection.interchangeControlNumber();
    }

    public Set<EdiDocumentType> documentTypes() {
        return inspection.documentTypes();
    }

    public X12Document document() {
        return inspection.document();
    }

    public List<Finding> findings() {
        return inspection.findings();
    }

    public boolean hasErrors() {
        return inspection.hasErrors();
    }
}
