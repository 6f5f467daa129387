package io.revcycle.edi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.validate.Finding;

/** Reads a file once with common-x12: envelope identity, document types, SNIP 1-4 findings. Never throws. */
public final class EdiInspector {

    private EdiInspector() {
    }

    public static InspectedFile inspect(byte[] content) {
        X12Document doc = X12Reader.read(content);
        return of(content, doc, X12Toolkit.validate(doc));
    }

    /**
     * Envelope identity and document types only, with the reader's own findings: for a file its sender has just
     * validated with common-x12, so sending does not validate it a second time.
     */
    public static InspectedFile identify(byte[] content) {
        X12Document doc = X12Reader.read(content);
        return of(content, doc, doc.findings());
    }

    private static InspectedFile of(byte[] content, X12Document doc, List<Finding> findings) {
        Set<EdiDocumentType> types = EnumSet.noneOf(EdiDocumentType.class);
        for (Interchange isa : doc.interchanges()) {
            for (FunctionalGroup gs : isa.groups()) {
                for (TransactionSet st : gs.transactions()) {
                    String guide = st.implementationReference() == null || st.implementationReference().isBlank()
                            ? gs.version() : st.implementationReference();
                    EdiDocumentType.of(st.id(), guide).ifPresent(types::add);
                }
            }
        }
        Interchange first = doc.interchanges().isEmpty() ? null : doc.interchanges().get(0);
        return new InspectedFile(first == null ? "" : trim(first.senderId()),
                first == null ? "" : trim(first.receiverId()), first == null ? "" : trim(first.controlNumber()),
                types, sha256(content), doc, findings);
    }

    public static String labels(Set<EdiDocumentType> types) {
        return types.stream().sorted().map(EdiDocumentType::label).collect(Collectors.joining(","));
    }

    /** One finding per line, as common-x12 words them; values never appear in them (they may be PHI). */
    public static String describe(List<Finding> findings) {
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
