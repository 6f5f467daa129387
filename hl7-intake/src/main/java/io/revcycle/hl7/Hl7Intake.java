package io.revcycle.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.EncodingCharacters;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;

/**
 * HL7 v2 in, ACK out, for the MLLP listener and a service's HTTP endpoint alike. The MSH is checked first: AR when
 * the message cannot be taken at all (no MSH, MSH-9/10/11/12 missing, a type, trigger or version not taken, not
 * parseable); otherwise the service's {@link Hl7Handler} reads it and answers AA, AE (one ERR per problem, naming
 * segment and field) or AR, built by {@link Hl7Acks}. Every version a feed declares is read into the v2.5.1
 * structures; values are checked by the handler, not by HAPI. Logs name control ids and problem locations, never
 * field values (PHI).
 */
@ApplicationScoped
public class Hl7Intake {

    /** The media type of ER7 (pipe-delimited HL7 v2) over HTTP. */
    public static final String ER7 = "x-application/hl7-v2+er7";

    private static final Logger LOG = Logger.getLogger(Hl7Intake.class);

    private final HapiContext hapi = Hl7Acks.context();
    private final PipeParser parser = hapi.getPipeParser();
    private final Hl7Handler handler;
    private final String taken;

    public Hl7Intake(Hl7Handler handler) {
        this.handler = handler;
        this.taken = new TreeMap<>(handler.accepted()).entrySet().stream()
                .flatMap(e -> e.getValue().stream().sorted().map(t -> e.getKey() + "^" + t))
                .collect(Collectors.joining(", "));
    }

    /** The ACK (ER7) for one message (ER7); never throws for bad input. */
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
            return Hl7Acks.reject((Segment) null, List.of(new Hl7Problem("MSH", 1, 0, 0, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "no readable MSH segment")));
        }
        List<Hl7Problem> header = new ArrayList<>();
        String type = Terser.get(msh, 9, 0, 1, 1);
        String trigger = Terser.get(msh, 9, 0, 2, 1);
        String controlId = Terser.get(msh, 10, 0, 1, 1);
        Map<String, Set<String>> accepted = handler.accepted();
        if (blank(type)) {
            header.add(Hl7Problem.missing("MSH", 1, 9, "message type"));
        } else if (!accepted.containsKey(type)) {
            header.add(new Hl7Problem("MSH", 1, 9, 1, ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "message type " + type + " is not taken here (" + taken + ")"));
        } else if (!accepted.get(type).contains(trigger)) {
            header.add(new Hl7Problem("MSH", 1, 9, 2, ErrorCode.UNSUPPORTED_EVENT_CODE,
                    "trigger event " + trigger + " is not taken here (" + taken + ")"));
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
            return Hl7Acks.reject(msh, header);
        }

        Message message;
        try {
            message = parser.parse(er7);
        } catch (HL7Exception e) {
            Hl7Problem p = e.getLocation() != null && e.getLocation().getSegmentName() != null
                    ? new Hl7Problem(e.getLocation().getSegmentName(), Math.max(1, e.getLocation().getSegmentRepetition()),
                            Math.max(0, e.getLocation().getField()), 0, ErrorCode.DATA_TYPE_ERROR, "not parseable")
                    : new Hl7Problem("MSH", 1, 0, 0, ErrorCode.DATA_TYPE_ERROR, "the message is not parseable ER7");
            return Hl7Acks.reject(msh, List.of(p));
        }
        String sender = Terser.get(msh, 3, 0, 1, 1) + "|" + Terser.get(msh, 4, 0, 1, 1);
        return handler.handle(new Hl7Inbound(message, msh, type, trigger, sender, controlId));
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
