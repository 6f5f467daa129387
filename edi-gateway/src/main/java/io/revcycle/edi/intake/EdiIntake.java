package io.revcycle.edi.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.revcycle.edi.EdiConfig;
import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFile;
import io.revcycle.edi.EdiFileDuplicate;
import io.revcycle.edi.EdiFileHandler;
import io.revcycle.edi.EdiInspector;
import io.revcycle.edi.EdiOrigin;
import io.revcycle.edi.InspectedFile;
import io.revcycle.edi.IntakeResult;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.edi.outbound.EdiOutbound;
import io.revcycle.x12.validate.Finding;

/**
 * The one door for inbound X12 files, whichever way they came (topic, watched directory, upload): size limit,
 * identification (ST01 / guide), SNIP 1-4 validation, take-once by sender + ISA13 + content hash, then the handlers
 * of this service that own the file's types, all in one transaction. Types no handler here owns are republished on
 * the forward topic (directory and upload intake), so one drop folder serves every service.
 */
@ApplicationScoped
public class EdiIntake {

    private static final Logger LOG = Logger.getLogger(EdiIntake.class);

    private final Instance<EdiFileHandler> handlers;
    private final EdiConfig config;
    private final EdiOutbound outbound;
    private final MeterRegistry meters;

    public EdiIntake(@Any Instance<EdiFileHandler> handlers, EdiConfig config, EdiOutbound outbound,
            MeterRegistry meters) {
        this.handlers = handlers;
        this.config = config;
        this.outbound = outbound;
        this.meters = meters;
    }

    /** The document types this service's handlers own. */
    public Set<EdiDocumentType> ownedTypes() {
        Set<EdiDocumentType> owned = EnumSet.noneOf(EdiDocumentType.class);
        handlers.forEach(h -> owned.addAll(h.documentTypes()));
        return owned;
    }

    @Transactional
    public IntakeResult receive(byte[] content, String fileName, EdiOrigin origin) {
        String name = fileName == null || fileName.isBlank() ? "unnamed.x12" : fileName.strip();
        if (content.length > config.maxFileBytes()) {
            var same = EdiFile.taken(EdiFile.IN, "", "", EdiInspector.sha256(content));
            if (same.isPresent()) {
                return count(duplicate(same.get(), name, origin));
            }
            return count(reject(content, name, origin, null,
                    List.of("the file has " + content.length + " bytes; the limit is " + config.maxFileBytes())));
        }
        InspectedFile inspected = EdiInspector.inspect(content);
        var before = EdiFile.taken(EdiFile.IN, inspected.senderId(), inspected.interchangeControlNumber(),
                inspected.sha256());
        if (before.isPresent()) {
            return count(duplicate(before.get(), name, origin));
        }
        Set<EdiDocumentType> owned = EnumSet.noneOf(EdiDocumentType.class);
        Set<EdiDocumentType> foreign = EnumSet.noneOf(EdiDocumentType.class);
        for (EdiDocumentType t : inspected.documentTypes()) {
            (ownedTypes().contains(t) ? owned : foreign).add(t);
        }
        if (inspected.unidentified() || inspected.documentTypes().isEmpty()) {
            List<String> why = new ArrayList<>(inspected.findings().stream().map(Finding::toString).toList());
            if (!inspected.unidentified()) {
                why.add("the file holds no transaction set RevCycle exchanges (837P, 837I, 835, 999, 277CA, 270, "
                        + "271, 276, 277)");
            }
            return count(reject(content, name, origin, inspected, why));
        }
        if (owned.isEmpty() && origin == EdiOrigin.TOPIC) {
            return new IntakeResult(null, IntakeResult.IGNORED, labels(inspected), inspected.errors().size(),
                    List.of(), null);
        }
        boolean forward = !foreign.isEmpty() && origin != EdiOrigin.TOPIC && config.forwardTopic().isPresent();
        if (owned.isEmpty() && !forward) {
            return count(reject(content, name, origin, inspected, List.of("no service here takes "
                    + EdiInspector.labels(foreign) + " files; this one takes " + EdiInspector.labels(ownedTypes()))));
        }
        EdiFile file = record(content, name, origin, inspected);
        file.forwarded = forward;
        file.status = owned.isEmpty() ? IntakeResult.FORWARDED
                : inspected.hasErrors() ? IntakeResult.REJECTED : IntakeResult.ACCEPTED;
        file.persist();
        if (forward) {
            outbound.publish(config.forwardTopic().get(), file, origin);
        }
        ReceivedEdiFile received = new ReceivedEdiFile(file.fileId, name, origin, content, inspected);
        for (EdiFileHandler h : handlers) {
            if (h.documentTypes().stream().anyMatch(owned::contains)) {
                h.handle(received);
            }
        }
        LOG.infof("took EDI file %s (%s, ISA13 %s from %s, %s): %s, %d errors", file.fileId, file.documentTypes,
                file.interchangeControlNumber, file.senderId, origin, file.status, file.errorCount);
        return count(result(file, inspected.findings()));
    }

    private IntakeResult duplicate(EdiFile original, String name, EdiOrigin origin) {
        if (origin == EdiOrigin.TOPIC && original.forwarded) {
            // our own forward coming back on the topic we consume: not a second arrival
            return new IntakeResult(original.fileId, IntakeResult.IGNORED, List.of(original.documentTypes.split(",")),
                    original.errorCount, List.of(), null);
        }
        EdiFileDuplicate d = new EdiFileDuplicate();
        d.fileId = original.fileId;
        d.origin = origin.name();
        d.fileName = name;
        d.receivedAt = Instant.now();
        d.persist();
        LOG.warnf("EDI file %s (%s) arrived again (ISA13 %s from %s, same content): recorded as a duplicate",
                name, origin, original.interchangeControlNumber, original.senderId);
        return new IntakeResult(original.fileId, IntakeResult.DUPLICATE, List.of(original.documentTypes.split(",")),
                original.errorCount, List.of(), original.fileId);
    }

    /** Records a file nobody here can take (inspected is null when it was too large to read). */
    private IntakeResult reject(byte[] content, String name, EdiOrigin origin, InspectedFile inspected,
            List<String> why) {
        EdiFile file;
        if (inspected != null) {
            file = record(content, name, origin, inspected);
        } else {
            file = record(new byte[0], name, origin, new InspectedFile("", "", "", Set.of(),
                    EdiInspector.sha256(content), new io.revcycle.x12.X12Document(List.of(), List.of(), null),
                    List.of()));
            file.sizeBytes = content.length;
            file.content = null;
        }
        file.status = IntakeResult.REJECTED;
        file.errorCount = Math.max(1, file.errorCount);
        file.findings = String.join("\n", why);
        file.persist();
        LOG.warnf("rejected EDI file %s (%s): %s", file.fileId, origin, why.isEmpty() ? "" : why.get(0));
        return new IntakeResult(file.fileId, IntakeResult.REJECTED,
                file.documentTypes.isEmpty() ? List.of() : List.of(file.documentTypes.split(",")), file.errorCount,
                why, null);
    }

    private static EdiFile record(byte[] content, String name, EdiOrigin origin, InspectedFile inspected) {
        EdiFile file = new EdiFile();
        file.fileId = "IN-" + UUID.randomUUID();
        file.direction = EdiFile.IN;
        file.origin = origin.name();
        file.fileName = name.length() > 255 ? name.substring(0, 255) : name;
        file.senderId = inspected.senderId();
        file.receiverId = inspected.receiverId();
        file.interchangeControlNumber = inspected.interchangeControlNumber();
        file.documentTypes = EdiInspector.labels(inspected.documentTypes());
        file.sha256 = inspected.sha256();
        file.sizeBytes = content.length;
        file.errorCount = inspected.errors().size();
        file.findings = inspected.findings().isEmpty() ? null : EdiInspector.describe(inspected.findings());
        file.content = content;
        file.createdAt = Instant.now();
        return file;
    }

    private static IntakeResult result(EdiFile file, List<Finding> findings) {
        return new IntakeResult(file.fileId, file.status, List.of(file.documentTypes.split(",")), file.errorCount,
                findings.stream().map(Finding::toString).toList(), null);
    }

    private static List<String> labels(InspectedFile inspected) {
        return inspected.documentTypes().stream().sorted().map(EdiDocumentType::label).toList();
    }

    private IntakeResult count(IntakeResult r) {
        meters.counter("revcycle_edi_files_received_total", "status", r.status()).increment();
        return r;
    }
}
