package io.revcycle.edi;

import java.util.List;
import java.util.Set;

import io.revcycle.x12.X12Document;
import io.revcycle.x12.validate.Finding;

/**
 * What the gateway learned from a file's bytes: its envelope identity, the document types it holds, the parsed
 * document and every SNIP 1-4 finding of common-x12.
 */
public record InspectedFile(String senderId, String receiverId, String interchangeControlNumber,
        Set<EdiDocumentType> documentTypes, String sha256, X12Document document, List<Finding> findings) {

    public InspectedFile {
        documentTypes = Set.copyOf(documentTypes);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /** True when there was no readable ISA at all: nothing can be acknowledged or deduplicated. */
    public boolean unidentified() {
        return document.interchanges().isEmpty();
    }
}
