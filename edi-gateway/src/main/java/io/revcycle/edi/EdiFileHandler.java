package io.revcycle.edi;

import java.util.Set;

/**
 * A service's owner of some X12 document types (claims-service: 999 and 277CA; remittance-service: 835; the payer
 * simulator: 837P and 837I). Implement it as an {@code @ApplicationScoped} bean. The gateway calls it once per new
 * file, in the transaction that records the file, so whatever the handler stores or publishes commits with it and a
 * duplicate file never reaches it. Files with SNIP errors are handed over too ({@link ReceivedEdiFile#hasErrors()}):
 * the owner decides what a rejection means (a 999, a rejected remittance). Throwing rolls the take back.
 */
public interface EdiFileHandler {

    Set<EdiDocumentType> documentTypes();

    void handle(ReceivedEdiFile file);
}
