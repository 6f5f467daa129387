package io.revcycle.edi.outbound;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.edi.EdiDocumentType;
import io.revcycle.edi.EdiFile;
import io.revcycle.edi.EdiInspector;
import io.revcycle.edi.EdiOrigin;
import io.revcycle.edi.InspectedFile;
import io.revcycle.events.EdiInterchange;
import io.revcycle.messaging.AfterCommit;
import io.revcycle.messaging.outbox.EventOutbox;

/**
 * Sends an X12 file: records it (direction OUT) and puts it on a raw-EDI topic through the transactional outbox, in
 * the caller's transaction, so the file leaves if and only if the state that made it commits. The outbound
 * directory copy is written right after that commit by {@link EdiDirectoryDrop}.
 */
@ApplicationScoped
public class EdiOutbound {

    private static final Logger LOG = Logger.getLogger(EdiOutbound.class);

    private static final String WAKES_DROP = EdiOutbound.class.getName() + ".wakesDrop";

    private final EventOutbox outbox;
    private final EdiDirectoryDrop drop;
    private final TransactionSynchronizationRegistry transactions;

    public EdiOutbound(EventOutbox outbox, EdiDirectoryDrop drop, TransactionSynchronizationRegistry transactions) {
        this.outbox = outbox;
        this.drop = drop;
        this.transactions = transactions;
    }

    /**
     * Sends a file the caller wrote and validated with common-x12 (so it is only identified here, not validated
     * again). The file id names sender, ISA13 and types.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EdiFile send(String topic, byte[] content) {
        InspectedFile inspected = EdiInspector.identify(content);
        if (inspected.unidentified() || inspected.documentTypes().isEmpty()) {
            throw new IllegalArgumentException("not an X12 file RevCycle exchanges: " + inspected.findings());
        }
        EdiFile file = new EdiFile();
        String types = inspected.documentTypes().stream().sorted().map(EdiDocumentType::label)
                .reduce((a, b) -> a + "+" + b).orElse("x12");
        file.fileId = inspected.senderId() + "-" + inspected.interchangeControlNumber() + "-" + types;
        file.fileName = file.fileId + ".x12";
        file.direction = EdiFile.OUT;
        file.origin = EdiOrigin.SERVICE.name();
        file.senderId = inspected.senderId();
        file.receiverId = inspected.receiverId();
        file.interchangeControlNumber = inspected.interchangeControlNumber();
        file.documentTypes = EdiInspector.labels(inspected.documentTypes());
        file.sha256 = inspected.sha256();
        file.sizeBytes = content.length;
        file.errorCount = inspected.errors().size();
        file.findings = inspected.findings().isEmpty() ? null : EdiInspector.describe(inspected.findings());
        file.content = content;
        file.status = "SENT";
        file.createdAt = Instant.now();
        file.persist();
        dropAfterCommit();
        publish(topic, file, EdiOrigin.SERVICE);
        LOG.infof("sent EDI file %s (%s, %d bytes) to %s on %s", file.fileId, file.documentTypes, content.length,
                file.receiverId, topic);
        return file;
    }

    /** The folder copy is written as soon as the file is sent, not up to a poll later (once per transaction). */
    private void dropAfterCommit() {
        AfterCommit.once(transactions, WAKES_DROP, drop::wakeUp);
    }

    /** Puts a recorded file on a raw-EDI topic (also used by the intake to forward what another service owns). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, EdiFile file, EdiOrigin origin) {
        EdiInterchange event = EdiInterchange.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes((topic + "|" + file.fileId).getBytes(StandardCharsets.UTF_8)))
                .setOccurredAt(file.createdAt)
                .setFileId(file.fileId)
                .setFileName(file.fileName)
                .setSenderId(file.senderId)
                .setReceiverId(file.receiverId)
                .setInterchangeControlNumber(file.interchangeControlNumber)
                .setDocumentTypes(java.util.List.of(file.documentTypes.split(",")))
                .setSha256(file.sha256)
                .setOrigin(origin.name())
                .setContent(ByteBuffer.wrap(file.content))
                .build();
        String key = EdiFile.OUT.equals(file.direction) ? file.receiverId : file.senderId;
        outbox.publish(topic, key, event);
    }
}
