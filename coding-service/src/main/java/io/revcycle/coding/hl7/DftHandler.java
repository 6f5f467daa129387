package io.revcycle.coding.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.DFT_P03;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.coding.service.DocumentEncounterCommand;
import io.revcycle.coding.service.EncounterIntake;
import io.revcycle.hl7.Hl7Handler;
import io.revcycle.hl7.Hl7Inbound;
import io.revcycle.hl7.Hl7Acks;
import io.revcycle.hl7.Hl7Problem;
import io.revcycle.messaging.inbox.ProcessedMessages;
import io.revcycle.rest.ProblemException;

/**
 * coding-service's HL7 v2 messages: a DFT^P03 becomes the JSON API's {@link DocumentEncounterCommand}, checked by
 * the same constraints and documented by the same {@link EncounterIntake} (source HL7), so an HL7 charge and a JSON
 * or FHIR encounter are the same EncounterDocumented. AE with one ERR per problem when its content is wrong; nothing
 * is stored then. A message control id (MSH-10, per sending application and facility) that was taken before is
 * answered AA again and changes nothing (recorded in the shared processed-event inbox in the same transaction as the
 * event). The MSH checks, ACKs and MLLP listener are hl7-intake's.
 */
@ApplicationScoped
public class DftHandler implements Hl7Handler {

    public static final String HL7_SOURCE = "HL7";
    static final String INBOX = "coding-service.hl7";

    private static final Logger LOG = Logger.getLogger(DftHandler.class);
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private final Validator validator;
    private final EncounterIntake intake;
    private final ProcessedMessages processed;

    public DftHandler(Validator validator, EncounterIntake intake, ProcessedMessages processed) {
        this.validator = validator;
        this.intake = intake;
        this.processed = processed;
    }

    @Override
    public Map<String, Set<String>> accepted() {
        return Map.of("DFT", Set.of("P03"));
    }

    @Override
    public Message handle(Hl7Inbound inbound) throws HL7Exception {
        if (!(inbound.message() instanceof DFT_P03 dft)) {
            return Hl7Acks.reject(inbound, List.of(new Hl7Problem("MSH", 1, 9, 3, ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "message structure is not DFT_P03")));
        }
        DftEncounterReader.Result read = DftEncounterReader.read(dft);
        List<Hl7Problem> problems = new ArrayList<>(read.problems());
        if (problems.isEmpty()) {
            for (ConstraintViolation<DocumentEncounterCommand> v : validator.validate(read.command())) {
                problems.add(locate(v));
            }
        }
        if (!problems.isEmpty()) {
            return Hl7Acks.refuse(inbound, problems);
        }
        return document(inbound, read.command());
    }

    private Message document(Hl7Inbound inbound, DocumentEncounterCommand command) throws HL7Exception {
        try {
            boolean first = QuarkusTransaction.requiringNew().call(() -> {
                if (!processed.recordFirst(INBOX, inbound.key("DFT"))) {
                    return false;
                }
                intake.document(command, HL7_SOURCE);
                return true;
            });
            LOG.infof("HL7 %s from %s: encounter %s %s", inbound.controlId(), inbound.sender(), command.encounterId(),
                    first ? "documented" : "already taken (same control id): nothing changed");
            return Hl7Acks.accept(inbound);
        } catch (RuntimeException e) {
            if (!conflict(e)) {
                throw e;
            }
            // documented before through another message or another path (API, FHIR)
            return Hl7Acks.refuse(inbound, List.of(new Hl7Problem("PV1", 1, 19, 0,
                    ErrorCode.DUPLICATE_KEY_IDENTIFIER, "this visit number was documented before by another message")));
        }
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException) {
                return true;
            }
        }
        return false;
    }

    /** Where a constraint of the command points in the DFT (the field the value came from). */
    static Hl7Problem locate(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int rep = 1;
        Matcher m = INDEXED.matcher(path);
        if (m.find()) {
            rep = Integer.parseInt(m.group(2)) + 1;
        }
        String plain = INDEXED.matcher(path).replaceAll("$1");
        String message = plain.isEmpty() ? v.getMessage() : plain + " " + v.getMessage();
        return switch (plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain) {
            case "encounterId" -> Hl7Problem.badValue("PV1", 1, 19, message);
            case "patient" -> switch (plain) {
                case "patient.patientId" -> Hl7Problem.badValue("PID", 1, 3, message);
                case "patient.firstName", "patient.lastName" -> Hl7Problem.badValue("PID", 1, 5, message);
                case "patient.dateOfBirth" -> Hl7Problem.badValue("PID", 1, 7, message);
                case "patient.sex" -> Hl7Problem.badValue("PID", 1, 8, message);
                default -> Hl7Problem.badValue("PID", 1, 11, message);
            };
            case "renderingProviderNpi" -> Hl7Problem.badValue("FT1", 1, 20, message);
            case "billingProviderNpi", "facilityId" -> Hl7Problem.badValue("PV1", 1, 3, message);
            case "placeOfService" -> Hl7Problem.badValue("PV1", 1, 2, message);
            case "payerId" -> Hl7Problem.badValue("IN1", 1, 3, message);
            case "memberId" -> Hl7Problem.badValue("IN1", 1, 36, message);
            case "dateOfService" -> Hl7Problem.badValue("FT1", 1, 4, message);
            case "diagnoses" -> Hl7Problem.badValue("DG1", rep, 3, message);
            case "procedures" -> switch (plain) {
                case "procedures.modifiers" -> Hl7Problem.badValue("FT1", rep, 26, message);
                case "procedures.units" -> Hl7Problem.badValue("FT1", rep, 10, message);
                case "procedures.diagnosisSequences" -> Hl7Problem.badValue("FT1", rep, 19, message);
                case "procedures.lineNumber" -> Hl7Problem.badValue("FT1", rep, 1, message);
                default -> Hl7Problem.badValue("FT1", rep, 25, message);
            };
            default -> Hl7Problem.badValue("FT1", 1, 19, message); // the class-level diagnosis references check
        };
    }
}
