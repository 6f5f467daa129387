package io.revcycle.payersim.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Writer;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.ack.AckGenerator;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.Interchange;

/**
 * The 999s the payer sends for a received file (837, 270 or 276), one rule for all three: an interchange whose
 * ISA/IEA or GS/GE has an error its 999 would not reject (a bad ISA13 or ISA09, IEA counts or control number, a GS04
 * that is no date) is refused whole, with no 999: a TA1 would answer it, which the simulator does not send, and a
 * 999 accepting its groups would be false (the provider would wait for an answer that never comes). The gateway's
 * record (REJECTED, with the findings) is the answer then. Envelope errors a 999 does name (GE01, GE02, a missing GE)
 * still get their AK9 R.
 */
@ApplicationScoped
public class FileAcknowledgments {

    private static final Logger LOG = Logger.getLogger(FileAcknowledgments.class);

    /** The interchanges the 999s were sent for, and those 999s, one per functional group in order. */
    public record Acknowledged(X12Document answerable, List<Ack999> acks) {
    }

    private final ControlNumberSequence numbers;
    private final AnswerFiles answers;

    public FileAcknowledgments(ControlNumberSequence numbers, AnswerFiles answers) {
        this.numbers = numbers;
        this.answers = answers;
    }

    /** Sends the 999s for every interchange of the file but those refused whole; {@code kind} names it in the log. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Acknowledged acknowledge(ReceivedEdiFile file, String kind) {
        List<Interchange> answerable = new ArrayList<>();
        for (Interchange isa : file.document().interchanges()) {
            if (refused(isa, file)) {
                LOG.warnf("%s file %s: interchange %s refused whole (its envelope is in error): no 999, no answer",
                        kind, file.fileId(), isa.controlNumber());
            } else {
                answerable.add(isa);
            }
        }
        X12Document doc = new X12Document(answerable, file.document().findings(), file.document().delimiters());
        List<Ack999> acks = AckGenerator.acknowledgments(doc, file.findings());
        List<Interchange> ackFiles = AckGenerator.interchanges(doc, file.findings(), numbers.forFile(),
                LocalDateTime.now().withSecond(0).withNano(0));
        if (!ackFiles.isEmpty()) {
            answers.send(X12Writer.write(ackFiles, Delimiters.DEFAULT));
        }
        return new Acknowledged(doc, acks);
    }

    private static boolean refused(Interchange isa, ReceivedEdiFile file) {
        // an error in an ISA element is read before its ISA13, so it names no interchange: it counts for each
        boolean envelopeErrors = file.findings().stream().anyMatch(f -> f.isError() && f.location() != null
                && (f.location().interchangeControlNumber() == null
                        || Objects.equals(isa.controlNumber(), f.location().interchangeControlNumber()))
                && f.location().transactionControlNumber() == null);
        if (!envelopeErrors) {
            return false;
        }
        X12Document alone = new X12Document(List.of(isa), List.of(), file.document().delimiters());
        return AckGenerator.acknowledgments(alone, file.findings()).stream()
                .anyMatch(a -> a.response() == null || a.response().code() != Ack999.GroupAckCode.R);
    }
}
