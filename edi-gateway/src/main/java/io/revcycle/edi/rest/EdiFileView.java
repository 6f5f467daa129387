package io.revcycle.edi.rest;

import java.time.Instant;
import java.util.List;

import io.revcycle.edi.EdiFile;

/** A sent or taken X12 file without its bytes (GET /edi/files/{id}/content has them). */
public record EdiFileView(String fileId, String direction, String origin, String fileName, String senderId,
        String receiverId, String interchangeControlNumber, List<String> documentTypes, String sha256, int sizeBytes,
        String status, int errorCount, List<String> findings, long duplicates, Instant createdAt, Instant droppedAt) {

    static EdiFileView of(EdiFile f, boolean withFindings, long duplicates) {
        return new EdiFileView(f.fileId, f.direction, f.origin, f.fileName, f.senderId, f.receiverId,
                f.interchangeControlNumber, f.documentTypes.isEmpty() ? List.of() : List.of(f.documentTypes.split(",")),
                f.sha256, f.sizeBytes, f.status, f.errorCount,
                withFindings && f.findings != null ? List.of(f.findings.split("\n")) : List.of(), duplicates,
                f.createdAt, f.droppedAt);
    }
}
