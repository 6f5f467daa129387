package io.revcycle.coding.hl7;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.model.v251.message.DFT_P03;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.EncodingCharacters;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.UUIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.coding.service.DocumentEncounterCommand;
import io.revcycle.coding.service.EncounterIntake;
import io.revcycle.messaging.inbox.ProcessedMessages;
import io.revcycle.rest.ProblemException;

/**
 * HL7 v2 in, ACK out, for the MLLP listener and POST /hl7 alike. A DFT^P03 becomes the JSON API's
 * {@link DocumentEncounterCommand}, checked by the same constraints and documented by the same
 * {@link EncounterIntake} (source HL7), so an HL7 charge and a JSON or FHIR encounter are the same EncounterDocumented.
 * AA when taken; AR when the message cannot be taken at all (no MSH, MSH-9/10/12 missing, a type or version not
 * taken); AE with one ERR per problem, naming segment and field, when its content is wrong; nothing is stored then.
 * A message control id (MSH-10, per sending application and facility) that was taken before is answered AA again and
 * changes nothing (recorded in the shared processed-event inbox in the same transaction as the event).
 */
@ApplicationScoped
public class Hl7Intake {

    public static final String HL7_SOURCE = "HL7";
    static final String INBOX = "coding-service.hl7";

    private static final Logger LOG = Logger.getLogger(Hl7Intake.class);
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private final HapiContext hapi = new DefaultHapiContext();
    private final PipeParser parser;
    private final Validator validator;
    private final EncounterIntake intake;
    private final ProcessedMessages processed;

    public Hl7Intake(Validator validator, EncounterIntake intake, ProcessedMessages processed) {
        this.validator = validator;
        this.intake = intake;
        this.processed = processed;
        // every version a feed declares is read into the v2.5.1 structures; values are checked here, not by HAPI
        hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        hapi.setValidationContext(ValidationContextFactory.noValidation());
        // ACK control ids: HAPI's default keeps a counter file in the working directory (read-only in a pod)
        hapi.getParserConfiguration().setIdGenerator(new UUIDGenerator());
        this.parser = hapi.getPipeParser();
    }

    /** The ACK (ER7) for one message (ER7); never throws. */
    public String receive(String er7) {
        try {
            return parser.encode(answer(er7));
        } catch (HL7Exception e) {
            LOG.errorf("HL7 ACK could not be encoded: %s", e.getMessage());
            throw new IllegalStateException(e);
        }
    }

    private Message answer(String er7) throws HL7Exception {
        Segment msh = header(er7);
        if (msh == null) {
            return reject(null, List.of(new Hl7Problem("MSH", 1, 0, 0, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "no readable MSH segment")));
        }
        List<Hl7Problem> header = new ArrayList<>();
        String type = Terser.get(msh, 9, 0, 1, 1);
        String trigger = Terser.get(msh, 9, 0, 2, 1);
        String controlId = Terser.get(msh, 10, 0, 1, 1);
        if (blank(type)) {
            header.add(Hl7Problem.missing("MSH", 1, 9, "message type"));
        } else if (!"DFT".equals(type)) {
            header.add(new Hl7Problem("MSH", 1, 9, 1, ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "message type " + type + " is not taken here (DFT^P03)"));
        } else if (!"P03".equals(trigger)) {
            header.add(new Hl7Problem("MSH", 1, 9, 2, ErrorCode.UNSUPPORTED_EVENT_CODE,
                    "trigger event " + trigger + " is not taken here (DFT^P03)"));
        }
        if (blank(controlId)) {
            header.add(Hl7Problem.missing("MSH", 1, 10, "message control id"));
        }
        if (blank(Terser.get(msh, 11, 0, 1, 1))) {
            header.add(Hl7Problem.missing("MSH", 1, 11, "processing id"));
        }
        String version = Terser.get(msh, 12, 0, 1, 1);
        if (blank(version)) {
            header.add(Hl7Problem.missing("MSH", 1, 12, "version id"));
        } else if (!version.startsWith("2.")) {
            header.add(new Hl7Problem("MSH", 1, 12, 0, ErrorCode.UNSUPPORTED_VERSION_ID,
                    "version " + version + " is not HL7 v2"));
        }
        if (!header.isEmpty()) {
            return reject(msh, header);
        }

        Message message;
        try {
            message = parser.parse(er7);
        } catch (HL7Exception e) {
            Hl7Problem p = e.getLocation() != null && e.getLocation().getSegmentName() != null
                    ? new Hl7Problem(e.getLocation().getSegmentName(), Math.max(1, e.getLocation().getSegmentRepetition()),
                            Math.max(0, e.getLocation().getField()), 0, ErrorCode.DATA_TYPE_ERROR, "not parseable")
                    : new Hl7Problem("MSH", 1, 0, 0, ErrorCode.DATA_TYPE_ERROR, "the message is not parseable ER7");
            return reject(msh, List.of(p));
        }
        if (!(message instanceof DFT_P03 dft)) {
            return reject(msh, List.of(new Hl7Problem("MSH", 1, 9, 3, ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "message structure is not DFT_P03")));
        }
        String sender = Terser.get(msh, 3, 0, 1, 1) + "|" + Terser.get(msh, 4, 0, 1, 1);
        DftEncounterReader.Result read = DftEncounterReader.read(dft);
        List<Hl7Problem> problems = new ArrayList<>(read.problems());
        if (problems.isEmpty()) {
            for (ConstraintViolation<DocumentEncounterCommand> v : validator.validate(read.command())) {
                problems.add(locate(v));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Hl7Problem::where));
            LOG.infof("HL7 %s from %s refused (AE): %s", controlId, sender,
                    problems.stream().map(p -> p.where() + " " + p.message()).toList());
            return error(dft, AcknowledgmentCode.AE, problems);
        }
        return document(dft, read.command(), sender, controlId);
    }

    private Message document(DFT_P03 dft, DocumentEncounterCommand command, String sender, String controlId)
            throws HL7Exception {
        UUID key = UUID.nameUUIDFromBytes(("DFT|" + sender + "|" + controlId).getBytes(StandardCharsets.UTF_8));
        try {
            boolean first = QuarkusTransaction.requiringNew().call(() -> {
                if (!processed.recordFirst(INBOX, key)) {
                    return false;
                }
                intake.document(command, HL7_SOURCE);
                return true;
            });
            LOG.infof("HL7 %s from %s: encounter %s %s", controlId, sender, command.encounterId(),
                    first ? "documented" : "already taken (same control id): nothing changed");
            return dft.generateACK();
        } catch (RuntimeException e) {
            if (!conflict(e)) {
                throw e;
            }
            // documented before through another message or another path (API, FHIR)
            LOG.infof("HL7 %s from %s refused (AE): encounter %s documented before", controlId, sender,
                    command.encounterId());
            return error(dft, AcknowledgmentCode.AE, List.of(new Hl7Problem("PV1", 1, 19, 0,
                    ErrorCode.DUPLICATE_KEY_IDENTIFIER, "this visit number was documented before by another message")));
        } catch (java.io.IOException e) {
            throw new HL7Exception(e);
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

    private Message error(Message inbound, AcknowledgmentCode code, List<Hl7Problem> problems) throws HL7Exception {
        try {
            Message ack = inbound.generateACK(code, problems.get(0).toException());
            for (int i = 1; i < problems.size(); i++) {
                problems.get(i).toException().populateResponse(ack, code, i);
            }
            return ack;
        } catch (java.io.IOException e) {
            throw new HL7Exception(e);
        }
    }

    /** The MSH alone, every field of it (HAPI's critical-data parse leaves MSH-9 out), or null when there is none. */
    private Segment header(String er7) {
        String line = er7.strip().split("[\\r\\n]+", 2)[0];
        if (!line.startsWith("MSH") || line.length() < 8) {
            return null;
        }
        char fieldSeparator = line.charAt(3);
        int end = line.indexOf(fieldSeparator, 4);
        try {
            ACK holder = new ACK(hapi.getModelClassFactory());
            parser.parse(holder.getMSH(), line,
                    new EncodingCharacters(fieldSeparator, end < 0 ? line.substring(4) : line.substring(4, end)));
            return holder.getMSH();
        } catch (HL7Exception | RuntimeException e) {
            return null;
        }
    }

    /** AR built from the MSH alone: the message could not be read as a whole, or is not taken here. */
    private Message reject(Segment msh, List<Hl7Problem> problems) throws HL7Exception {
        ACK ack = new ACK(hapi.getModelClassFactory());
        ack.setParser(parser);
        String trigger = msh == null ? null : Terser.get(msh, 9, 0, 2, 1);
        String processing = msh == null ? null : Terser.get(msh, 11, 0, 1, 1);
        try {
            ack.initQuickstart("ACK", blank(trigger) ? null : trigger, blank(processing) ? "P" : processing);
        } catch (java.io.IOException e) {
            throw new HL7Exception(e);
        }
        if (msh != null) {
            Terser.set(ack.getMSH(), 3, 0, 1, 1, Terser.get(msh, 5, 0, 1, 1));
            Terser.set(ack.getMSH(), 4, 0, 1, 1, Terser.get(msh, 6, 0, 1, 1));
            Terser.set(ack.getMSH(), 5, 0, 1, 1, Terser.get(msh, 3, 0, 1, 1));
            Terser.set(ack.getMSH(), 6, 0, 1, 1, Terser.get(msh, 4, 0, 1, 1));
            ack.getMSA().getMessageControlID().setValue(Terser.get(msh, 10, 0, 1, 1));
        }
        ack.getMSA().getAcknowledgmentCode().setValue(AcknowledgmentCode.AR.name());
        for (int i = 0; i < problems.size(); i++) {
            problems.get(i).toException().populateResponse(ack, AcknowledgmentCode.AR, i);
        }
        LOG.infof("HL7 %s refused (AR): %s", msh == null ? "-" : Terser.get(msh, 10, 0, 1, 1),
                problems.stream().map(p -> p.where() + " " + p.message()).toList());
        return ack;
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
