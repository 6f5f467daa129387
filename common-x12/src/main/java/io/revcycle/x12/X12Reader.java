package io.revcycle.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.SegmentBuffer;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.read.ByteInput;
import io.revcycle.x12.read.GuideMatcher;
import io.revcycle.x12.read.SchemaCache;
import io.revcycle.x12.read.X12ErrorCodes;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Reads X12 bytes into envelopes and loop trees in one streaming pass with StAEDI.
 *
 * <ul>
 * <li>Delimiters come from each ISA; CR/LF after segment terminators is tolerated; a file may hold several
 * interchanges, each with many groups and transaction sets.</li>
 * <li>Each transaction set is validated with the schema of its guide, found in {@link TransactionCatalog} by ST01 and
 * ST03 (GS08 when ST03 is absent). Loops carry the guide's loop ids; hierarchical (HL) loops are siblings in document
 * order, not nested by HL02 (the parent id stays in the HL segment). An unknown guide is a finding and its segments
 * stay flat in the body.</li>
 * <li>Segment positions are 1-based in the transaction set (ST = 1); for envelope segments they count from ISA = 1.
 * </li>
 * <li>Envelopes are checked here: SE01 count, SE02 = ST02, GE01/GE02, IEA01/IEA02, missing trailers, duplicate
 * control numbers.</li>
 * <li>Nothing escapes: any byte sequence gives a document with findings (a broken input gives what could be read
 * before the break, plus a finding that says where it broke).</li>
 * </ul>
 */
public final class X12Reader {

    /** Keeps StAEDI's informational logging (unused schema types, deprecations) out of the output. */
    private static final Logger STAEDI_LOGGER = Logger.getLogger("io.xlate.edi");

    static {
        STAEDI_LOGGER.setLevel(Level.SEVERE);
    }

    private static final EDIInputFactory FACTORY = newFactory();

    /** Tests set this: every read then also validates with StAEDI and throws when the fast path disagrees. */
    static final boolean VERIFY_FAST_PATH = Boolean.getBoolean("revcycle.x12.verifyFastPath");

    private X12Reader() {
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory f = EDIInputFactory.newFactory();
        f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
        f.setProperty(EDIInputFactory.EDI_NEST_HIERARCHICAL_LOOPS, false);
        f.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, false);
        return f;
    }

    /**
     * Reads the bytes: first on the fast path (a raw StAEDI scan placed in the guide's loops by {@link GuideMatcher});
     * when that path is not sure every transaction set is clean, again with StAEDI validating each transaction set,
     * whose findings are reported. Both give the same document for the same bytes.
     */
    public static X12Document read(byte[] bytes) {
        byte[] input = bytes == null ? new byte[0] : bytes;
        Optional<X12Document> fast = readFast(input);
        if (VERIFY_FAST_PATH) {
            X12Document reference = readWithStaediValidation(input);
            if (fast.isPresent() && !fast.get().equals(reference)) {
                throw new IllegalStateException("the fast path read differs from StAEDI's validating read: "
                        + reference.findings());
            }
            return reference;
        }
        return fast.orElseGet(() -> readWithStaediValidation(input));
    }

    /**
     * The fast path alone: the document when every transaction set is certainly clean (no findings at all), empty
     * when StAEDI has to validate. For tests and benchmarks; {@link #read(byte[])} is the API.
     */
    public static Optional<X12Document> readFast(byte[] bytes) {
        Session fast = new Session(true, null);
        try {
            fast.run(bytes == null ? new byte[0] : bytes);
            return fast.findings.isEmpty() ? Optional.of(fast.document()) : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /**
     * Receives each transaction set of a streaming read as soon as it is closed (by its SE, or by what ended it), with
     * the numbers of its envelopes. Streaming keeps only one transaction set's tree in memory at a time.
     */
    public interface TransactionSink {

        void accept(String interchangeControlNumber, String groupControlNumber, String groupVersion,
                TransactionSet transaction);

        /**
         * The fast path gave up after handing over some transaction sets: they are read again, validated by StAEDI,
         * from the start, so the sink forgets what it received.
         */
        void restart();
    }

    /**
     * Reads the bytes as {@link #read(byte[])} does, handing each transaction set to {@code sink} instead of keeping
     * it, and returns the reader's findings (the same as the document's).
     */
    public static List<Finding> read(byte[] bytes, TransactionSink sink) {
        byte[] input = bytes == null ? new byte[0] : bytes;
        Session fast = new Session(true, sink);
        try {
            fast.run(input);
            if (fast.findings.isEmpty()) {
                return List.of();
            }
        } catch (RuntimeException | StackOverflowError e) {
            // not sure: read again with StAEDI validating
        }
        sink.restart();
        Session s = new Session(false, sink);
        try {
            s.run(input);
        } catch (RuntimeException | StackOverflowError e) {
            s.fail("READ_FAILED", "the input could not be read further: " + describe(e));
        }
        return s.findings;
    }

    /** Reads the stream to its end (the stream is not closed). */
    public static X12Document read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            Session s = new Session(false, null);
            s.report(SnipLevel.SYNTAX, Location.interchange(null), "READ_FAILED", "024",
                    "The input could not be read: " + e.getMessage());
            return s.document();
        }
        return read(bytes);
    }

    /** Reads the bytes validating every transaction set with StAEDI's validator (slower; the fast path's reference). */
    public static X12Document readWithStaediValidation(byte[] bytes) {
        Session s = new Session(false, null);
        try {
            s.run(bytes == null ? new byte[0] : bytes);
        } catch (RuntimeException | StackOverflowError e) {
            s.fail("READ_FAILED", "the input could not be read further: " + describe(e));
        }
        return s.document();
    }

    /** Ends a fast-path read that cannot be sure of its result; the input is then read with StAEDI validating. */
    private static final class FastPathMiss extends RuntimeException {
        static final FastPathMiss INSTANCE = new FastPathMiss();

        private FastPathMiss() {
            super("fast path not sure", null, false, false);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The state of one read. */
    private static final class Session {
        private final boolean fast;
        private GuideMatcher.Run run;
        private final List<Interchange> interchanges = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> interchangeNumbers = new HashSet<>();
        private Delimiters firstDelimiters;
        private byte[] head = new byte[0];
        private EDIStreamReader reader;

        // interchange
        private Segment isa;
        private boolean inInterchange;
        private int isaGlobalPos;
        private final List<FunctionalGroup> groups = new ArrayList<>();
        private final Set<String> groupNumbers = new HashSet<>();

        // group
        private Segment gs;
        private boolean inGroup;
        private final List<TransactionSet> transactions = new ArrayList<>();
        /** Streaming: where closed transaction sets go instead of {@link #transactions}; null to keep them. */
        private final TransactionSink sink;
        private int transactionCount;
        private final Set<String> transactionNumbers = new HashSet<>();

        // transaction
        private boolean inTransaction;
        private Segment st;
        private Segment se;
        private int stGlobalPos;
        private int segmentCount;
        private final Deque<LoopBuilder> loops = new ArrayDeque<>();

        // segment
        private String segmentTag;
        private int segmentGlobalPos;
        private final SegmentBuffer elements = new SegmentBuffer();
        private final char[] tagChars = new char[3];
        private final int[] tagKeys = new int[256];
        private final String[] tagNames = new String[256];

        Session(boolean fast, TransactionSink sink) {
            this.fast = fast;
            this.sink = sink;
        }

        void run(byte[] bytes) {
            head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 512));
            if (head.length == 0) {
                report(SnipLevel.SYNTAX, Location.interchange(null), "EMPTY_INPUT", "024",
                        "The input is empty: an interchange must start with an ISA segment.");
                return;
            }
            int start = isaStart(head);
            if (start < 0) {
                report(SnipLevel.SYNTAX, Location.interchange(null), "NO_INTERCHANGE", "024",
                        "The input does not start with an ISA segment, so it is not an X12 interchange.");
                return;
            }
            ByteInput in = new ByteInput(bytes, start); // after a byte order mark or blank lines before the ISA
            reader = FACTORY.createEDIStreamReader(in);
            long events = 0;
            try {
                while (reader.hasNext()) {
                    EDIStreamEvent event = reader.next();
                    // a guard against a parser loop: events grow with the bytes consumed, never faster
                    if (++events > (long) in.position() * 16 + 10_000) {
                        fail("READ_ABORTED", "the reader stopped: the input produced more events than its size allows");
                        return;
                    }
                    handle(event);
                }
                finishOpenStructures(null);
            } catch (io.xlate.edi.stream.EDIStreamException e) {
                fail("SYNTAX_BROKEN", "the input is broken here and could not be read further: "
                        + plain(e.getMessage()));
            } catch (IllegalStateException | java.util.NoSuchElementException e) {
                fail("SYNTAX_BROKEN", "the input is broken here and could not be read further: " + describe(e));
            } finally {
                try {
                    reader.close();
                } catch (IOException | RuntimeException ignored) {
                    // nothing to release
                }
            }
        }

        private static String plain(String m) {
            return m == null ? "unexpected data" : m.replaceAll("\\s+", " ").trim();
        }

        private static int isaStart(byte[] b) {
            int i = 0;
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                i = 3;
            }
            while (i < b.length && (b[i] == ' ' || b[i] == '\r' || b[i] == '\n' || b[i] == '\t')) {
                i++;
            }
            return i + 3 <= b.length && b[i] == 'I' && b[i + 1] == 'S' && b[i + 2] == 'A' ? i : -1;
        }

        // ------------------------------------------------------------------------------------------- events

        private void handle(EDIStreamEvent event) {
            switch (event) {
                case START_INTERCHANGE -> startInterchange();
                case START_SEGMENT -> startSegment();
                case ELEMENT_DATA -> elementData();
                case END_SEGMENT -> endSegment();
                case START_LOOP -> {
                    if (inTransaction) {
                        loops.push(new LoopBuilder(loopCode()));
                    }
                }
                case END_LOOP -> {
                    if (inTransaction && loops.size() > 1) {
                        LoopBuilder done = loops.pop();
                        loops.peek().children.add(done.build());
                    }
                }
                case END_TRANSACTION -> endTransaction();
                case END_GROUP -> endGroup();
                case END_INTERCHANGE -> endInterchange();
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> validationError(event);
                default -> {
                    // START_GROUP / START_TRANSACTION are handled at their header segments; composites by position
                }
            }
        }

        private String loopCode() {
            String code = reader.getReferenceCode();
            return code == null || code.isEmpty() ? "LOOP" : code;
        }

        private void startInterchange() {
            finishOpenStructures("a new interchange (ISA) started");
            inInterchange = true;
            isa = null;
            groups.clear();
            groupNumbers.clear();
        }

        private void startSegment() {
            segmentTag = tag();
            segmentGlobalPos = reader.getLocation().getSegmentPosition();
            elements.clear();
            if ("ISA".equals(segmentTag)) {
                isaGlobalPos = segmentGlobalPos;
            }
            if ("ST".equals(segmentTag)) {
                if (inTransaction) {
                    finishTransaction("a new transaction set (ST) started");
                }
                stGlobalPos = segmentGlobalPos;
                segmentCount = 0;
            }
            if (inTransaction || "ST".equals(segmentTag)) {
                segmentCount++;
            }
        }

        /**
         * The segment tag, interned: the typed mappers compare tags with literals ("CLM"), which then match by
         * identity. Tags of 2-3 characters are looked up by their characters without building a string first.
         */
        private String tag() {
            int length = reader.getTextLength();
            if (length < 2 || length > 3) {
                return reader.getText().intern();
            }
            tagChars[2] = 0;
            reader.getTextCharacters(0, tagChars, 0, length);
            if (tagChars[0] > 0xff || tagChars[1] > 0xff || tagChars[2] > 0xff) {
                return reader.getText().intern();
            }
            int key = length << 24 | tagChars[0] << 16 | tagChars[1] << 8 | tagChars[2];
            int slot = Integer.hashCode(key * 0x9E3779B9) >>> 24; // 256 slots: a guide uses fewer than 100 tags
            for (int i = 0; i < 256; i++, slot = (slot + 1) & 0xff) {
                if (tagNames[slot] == null) {
                    tagKeys[slot] = key;
                    tagNames[slot] = new String(tagChars, 0, length).intern();
                    return tagNames[slot];
                }
                if (tagKeys[slot] == key) {
                    return tagNames[slot];
                }
            }
            return reader.getText().intern();
        }

        private void elementData() {
            io.xlate.edi.stream.Location l = reader.getLocation();
            int el = l.getElementPosition();
            if (el < 1 || el > 512) {
                return;
            }
            int occ = Math.max(1, l.getElementOccurrence());
            int rawComp = l.getComponentPosition();
            int comp = Math.max(1, rawComp);
            if (occ > 4096 || comp > 512) {
                return;
            }
            if (rawComp < 1 && occ == 1 && el == elements.size() + 1) {
                elements.addSimple(reader.getText()); // a simple element: most of them, no lists to grow
                return;
            }
            elements.add(el, occ, comp, reader.getText());
        }

        private Segment buildSegment(int position) {
            return elements.toSegment(segmentTag == null ? "" : segmentTag, position);
        }

        private void endSegment() {
            String tag = segmentTag == null ? "" : segmentTag;
            switch (tag) {
                case "ISA" -> isa(buildSegment(1));
                case "GS" -> gs(buildSegment(envelopePosition()));
                case "ST" -> st(buildSegment(1));
                case "SE" -> se(buildSegment(segmentCount));
                case "GE" -> ge(buildSegment(envelopePosition()));
                case "IEA" -> iea(buildSegment(envelopePosition()));
                default -> {
                    if (inTransaction && !loops.isEmpty()) {
                        if (run != null) {
                            place(tag);
                        }
                        loops.peek().children.add(buildSegment(segmentCount));
                    } else {
                        report(SnipLevel.SYNTAX, envelopeLocation(tag, envelopePosition()), "SEGMENT_OUTSIDE_TRANSACTION",
                                "2", "Segment " + tag + " stands outside any transaction set (ST..SE) and is ignored.");
                    }
                }
            }
            segmentTag = null;
        }

        /** Fast path: closes and opens loops before the segment as the guide says, or gives up. */
        private void place(String tag) {
            int closed = run.segment(tag, elements);
            if (closed < 0) {
                throw FastPathMiss.INSTANCE;
            }
            for (int i = 0; i < closed; i++) {
                LoopBuilder done = loops.pop();
                loops.peek().children.add(done.build());
            }
            if (run.opened() != null) {
                loops.push(new LoopBuilder(run.opened()));
            }
        }

        private int envelopePosition() {
            return Math.max(1, segmentGlobalPos - isaGlobalPos + 1);
        }

        // -------------------------------------------------------------------------------------------- envelopes

        private void isa(Segment s) {
            isa = s;
            String isa13 = s.value(13).trim();
            if (!isa13.isEmpty() && !interchangeNumbers.add(isa13)) {
                report(SnipLevel.SYNTAX, envelopeLocation("ISA", 1).atElement(13, 0), "DUPLICATE_INTERCHANGE_CONTROL_NUMBER",
                        "025", "Interchange control number ISA13 is used by an earlier interchange of this file.");
            }
            try {
                Map<String, Character> d = reader.getDelimiters();
                Character seg = d.get(EDIStreamConstants.Delimiters.SEGMENT);
                Character el = d.get(EDIStreamConstants.Delimiters.DATA_ELEMENT);
                Character comp = d.get(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT);
                Character rep = d.get(EDIStreamConstants.Delimiters.REPETITION);
                Delimiters delimiters = new Delimiters(seg == null ? '~' : seg, el == null ? '*' : el,
                        comp == null ? ':' : comp, rep == null ? '^' : rep, lineBreak(seg == null ? '~' : seg));
                if (firstDelimiters == null) {
                    firstDelimiters = delimiters;
                }
            } catch (RuntimeException e) {
                // delimiters unknown: the ISA is broken, StAEDI reports it
            }
        }

        private String lineBreak(char terminator) {
            int start = isaStart(head);
            if (start < 0) {
                return "";
            }
            for (int i = start + 3; i < head.length; i++) {
                if ((char) (head[i] & 0xff) == terminator) {
                    int j = i + 1;
                    if (j + 1 < head.length && head[j] == '\r' && head[j + 1] == '\n') {
                        return "\r\n";
                    }
                    if (j < head.length && head[j] == '\n' && terminator != '\n') {
                        return "\n";
                    }
                    if (j < head.length && head[j] == '\r' && terminator != '\r') {
                        return "\r";
                    }
                    return "";
                }
            }
            return "";
        }

        private void gs(Segment s) {
            if (inGroup) {
                finishGroup("a new functional group (GS) started");
            }
            inGroup = true;
            gs = s;
            transactions.clear();
            transactionCount = 0;
            transactionNumbers.clear();
            String gs06 = s.value(6);
            if (!gs06.isEmpty() && !groupNumbers.add(gs06)) {
                report(SnipLevel.SYNTAX, envelopeLocation("GS", s.position()).atElement(6, 0),
                        "DUPLICATE_GROUP_CONTROL_NUMBER", "19",
                        "Group control number GS06 is used by an earlier functional group of this interchange.");
            }
        }

        private void st(Segment s) {
            inTransaction = true;
            run = null;
            st = s;
            se = null;
            loops.clear();
            String id = s.value(1);
            loops.push(new LoopBuilder(id.isEmpty() ? "ST" : id));
            String st02 = s.value(2);
            if (!st02.isEmpty() && !transactionNumbers.add(st02)) {
                report(SnipLevel.SYNTAX, txLocation("ST", 1, null).atElement(2, 0),
                        "DUPLICATE_TRANSACTION_CONTROL_NUMBER", "23",
                        "Transaction set control number ST02 is used by an earlier transaction set of this group.");
            }
            String reference = s.value(3).isEmpty() && gs != null ? gs.value(8) : s.value(3);
            Optional<TransactionSupport<?>> support = TransactionCatalog.find(id, reference);
            if (support.isEmpty()) {
                boolean knownSet = TransactionCatalog.all().stream().anyMatch(t -> t.transactionSetId().equals(id));
                report(SnipLevel.IMPLEMENTATION_GUIDE, txLocation("ST", 1, null), "UNSUPPORTED_TRANSACTION",
                        knownSet ? "I6" : "1", "Transaction set " + id + " with guide " + reference
                                + " is not supported: its segments were read without validation.");
                return;
            }
            String gs01 = gs == null ? "" : gs.value(1);
            if (gs != null && !support.get().functionalIdentifier().equals(gs01)) {
                // a group of one kind holding another kind's transaction set: routed and acknowledged wrongly
                report(SnipLevel.SYNTAX, txLocation("ST", 1, null), "FUNCTIONAL_ID_MISMATCH", "6",
                        "Transaction set " + id + " belongs in a functional group GS01 "
                                + support.get().functionalIdentifier() + ", not " + gs01 + ".");
            }
            if (fast) {
                // StAEDI reads by the versions in ISA12 and GS08: the fast path only knows 00501 and the guide
                if (isa == null || !"00501".equals(isa.value(12)) || gs == null || !reference.equals(gs.value(8))) {
                    throw FastPathMiss.INSTANCE;
                }
                run = GuideMatcher.forSchema(support.get().schemaResource()).orElseThrow(() -> FastPathMiss.INSTANCE)
                        .start();
                return;
            }
            Schema schema;
            try {
                schema = SchemaCache.get(support.get().schemaResource());
            } catch (IllegalStateException e) {
                report(SnipLevel.IMPLEMENTATION_GUIDE, txLocation("ST", 1, null), "SCHEMA_UNAVAILABLE", "I6",
                        "Transaction set " + id + " (" + reference + ") was read without validation: "
                                + e.getMessage());
                return;
            }
            try {
                reader.setTransactionSchema(schema);
            } catch (RuntimeException e) {
                report(SnipLevel.IMPLEMENTATION_GUIDE, txLocation("ST", 1, null), "SCHEMA_UNAVAILABLE", "I6",
                        "Transaction set " + id + " (" + reference + ") was read without validation: "
                                + describe(e));
            }
        }

        private void se(Segment s) {
            if (!inTransaction) {
                report(SnipLevel.SYNTAX, envelopeLocation("SE", envelopePosition()), "UNEXPECTED_TRAILER", "2",
                        "Segment SE has no matching ST header.");
                return;
            }
            se = s;
            if (run != null && !run.finish()) {
                throw FastPathMiss.INSTANCE;
            }
            String st02 = st.value(2);
            String count = s.value(1);
            if (!count.equals(Integer.toString(segmentCount))) {
                report(SnipLevel.SYNTAX, txLocation("SE", segmentCount, null).atElement(1, 0), "SEGMENT_COUNT", "4",
                        "SE01 says the transaction set has " + (count.isEmpty() ? "no count" : count)
                                + " segments but it has " + segmentCount + " (ST and SE included).");
            }
            if (!s.value(2).equals(st02)) {
                report(SnipLevel.SYNTAX, txLocation("SE", segmentCount, null).atElement(2, 0),
                        "TRANSACTION_CONTROL_NUMBER_MISMATCH", "3",
                        "SE02 does not match the transaction set control number in ST02.");
            }
            finishTransaction(null);
        }

        private void ge(Segment s) {
            if (inTransaction) {
                finishTransaction("the group trailer GE came first");
            }
            if (!inGroup) {
                report(SnipLevel.SYNTAX, envelopeLocation("GE", s.position()), "UNEXPECTED_TRAILER", "2",
                        "Segment GE has no matching GS header.");
                return;
            }
            String count = s.value(1);
            if (!count.equals(Integer.toString(transactionCount))) {
                report(SnipLevel.SYNTAX, envelopeLocation("GE", s.position()).atElement(1, 0),
                        "TRANSACTION_COUNT", "5", "GE01 says the functional group has "
                                + (count.isEmpty() ? "no count" : count) + " transaction sets but it has "
                                + transactionCount + ".");
            }
            if (!s.value(2).equals(gs.value(6))) {
                report(SnipLevel.SYNTAX, envelopeLocation("GE", s.position()).atElement(2, 0),
                        "GROUP_CONTROL_NUMBER_MISMATCH", "4",
                        "GE02 does not match the group control number in GS06.");
            }
            finishGroup(null);
        }

        private void iea(Segment s) {
            if (inGroup) {
                finishGroup("the interchange trailer IEA came first");
            }
            String count = s.value(1);
            if (!count.equals(Integer.toString(groups.size()))) {
                report(SnipLevel.SYNTAX, envelopeLocation("IEA", s.position()).atElement(1, 0), "GROUP_COUNT",
                        "021", "IEA01 says the interchange has " + (count.isEmpty() ? "no count" : count)
                                + " functional groups but it has " + groups.size() + ".");
            }
            String isa13 = isa == null ? "" : isa.value(13);
            if (!s.value(2).equals(isa13)) {
                report(SnipLevel.SYNTAX, envelopeLocation("IEA", s.position()).atElement(2, 0),
                        "INTERCHANGE_CONTROL_NUMBER_MISMATCH", "001",
                        "IEA02 does not match the interchange control number in ISA13.");
            }
            finishInterchange(null);
        }

        private void endTransaction() {
            if (inTransaction) {
                finishTransaction("the transaction set ended without its SE trailer");
            }
        }

        private void endGroup() {
            // the group is finished at its GE (or when something else starts)
        }

        private void endInterchange() {
            // the interchange is finished at its IEA (or when something else starts)
        }

        private void finishOpenStructures(String why) {
            if (inTransaction) {
                finishTransaction(why == null ? "the input ended" : why);
            }
            if (inGroup) {
                finishGroup(why == null ? "the input ended" : why);
            }
            if (inInterchange && isa != null) {
                finishInterchange(why == null ? "the input ended" : why);
            }
            inInterchange = false;
        }

        private void finishTransaction(String missingTrailerReason) {
            if (!inTransaction) {
                return;
            }
            if (missingTrailerReason != null || se == null) {
                report(SnipLevel.SYNTAX, txLocation("SE", segmentCount + 1, null), "TRANSACTION_TRAILER_MISSING",
                        "2", "The transaction set trailer SE is missing: "
                                + (missingTrailerReason == null ? "the input ended" : missingTrailerReason) + ".");
            }
            while (loops.size() > 1) {
                LoopBuilder done = loops.pop();
                loops.peek().children.add(done.build());
            }
            Loop body = loops.isEmpty() ? new Loop(st.value(1), List.of()) : loops.pop().build();
            String st03 = st.value(3);
            TransactionSet tx = new TransactionSet(st.value(1), st.value(2), st03.isEmpty() ? null : st03, body);
            transactionCount++;
            if (sink == null) {
                transactions.add(tx);
            } else if (isa != null && gs != null) { // outside a group or interchange the document drops it too
                sink.accept(isa.value(13).trim(), gs.value(6), gs.value(8), tx);
            }
            inTransaction = false;
            run = null;
            loops.clear();
        }

        private void finishGroup(String missingTrailerReason) {
            if (!inGroup) {
                return;
            }
            if (inTransaction) {
                finishTransaction(missingTrailerReason);
            }
            if (missingTrailerReason != null) {
                report(SnipLevel.SYNTAX, envelopeLocation("GE", envelopePosition()), "GROUP_TRAILER_MISSING", "3",
                        "The functional group trailer GE is missing: " + missingTrailerReason + ".");
            }
            groups.add(new FunctionalGroup(gs.value(1), gs.value(2), gs.value(3), gs.value(4), gs.value(5),
                    gs.value(6), gs.value(8), transactions));
            transactions.clear();
            transactionCount = 0;
            transactionNumbers.clear();
            inGroup = false;
            gs = null;
        }

        private void finishInterchange(String missingTrailerReason) {
            if (inGroup) {
                finishGroup(missingTrailerReason);
            }
            if (missingTrailerReason != null) {
                report(SnipLevel.SYNTAX, envelopeLocation("IEA", envelopePosition()), "INTERCHANGE_TRAILER_MISSING",
                        "023", "The interchange trailer IEA is missing: " + missingTrailerReason + ".");
            }
            if (isa != null) {
                interchanges.add(new Interchange(isa.value(1), isa.value(2).trim(), isa.value(3),
                        isa.value(4).trim(), isa.value(5), isa.value(6).trim(), isa.value(7), isa.value(8).trim(),
                        isa.value(9), isa.value(10), isa.value(13).trim(), "1".equals(isa.value(14)),
                        isa.value(15), groups));
            }
            groups.clear();
            groupNumbers.clear();
            inInterchange = false;
            isa = null;
        }

        // ------------------------------------------------------------------------------------------- findings

        private void validationError(EDIStreamEvent event) {
            if (fast) {
                throw FastPathMiss.INSTANCE;
            }
            EDIStreamValidationError error;
            try {
                error = reader.getErrorType();
            } catch (RuntimeException e) {
                return;
            }
            if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
                    || error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH
                    || error == EDIStreamValidationError.SEGMENT_HAS_DATA_ELEMENT_ERRORS) {
                return; // the reader checks the envelope counts and references itself; element errors are reported
            }
            X12ErrorCodes.Mapping m = X12ErrorCodes.of(error);
            io.xlate.edi.stream.Location l = reader.getLocation();
            String tag = l.getSegmentTag();
            boolean elementError = event != EDIStreamEvent.SEGMENT_ERROR;
            if (!inTransaction || (elementError && ("ST".equals(tag) || "SE".equals(tag)))) {
                // envelope segments follow the X12 syntax alone: any error in them is SNIP 1
                m = new X12ErrorCodes.Mapping(m.code(), m.x12Code(), SnipLevel.SYNTAX, m.words());
            }
            int globalPos = l.getSegmentPosition();
            boolean element = elementError;
            String loopId = inTransaction && !loops.isEmpty() && loops.size() > 1 ? loops.peek().id : null;
            if (!element) {
                String text = safeText();
                String missing = text == null || text.isEmpty() ? tag : text;
                boolean aboutOther = error == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING
                        || error == EDIStreamValidationError.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE
                        || error == EDIStreamValidationError.IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES
                        || error == EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING
                        || error == EDIStreamValidationError.CONDITIONAL_REQUIRED_SEGMENT_MISSING;
                String segId = aboutOther ? missing : (tag == null ? missing : tag);
                if (aboutOther && ("SE".equals(segId) || "GE".equals(segId) || "IEA".equals(segId))) {
                    return; // missing trailers are reported by the envelope checks
                }
                String ref = safeReference();
                String loopFirstSegment = loopFirstSegment();
                String where = loopId;
                if (loopFirstSegment != null) {
                    // a loop error: IK3 names the loop's first segment, in the loop itself
                    segId = loopFirstSegment;
                    where = ref != null && !ref.isEmpty() ? ref : loopId;
                }
                Location loc = locationFor(segId, globalPos, where, 0, 0);
                if (aboutOther && isDuplicateMissing(loc)) {
                    return; // StAEDI reports a missing segment both as 3 and as I8: one finding is enough
                }
                String what;
                if (loopFirstSegment != null || error == EDIStreamValidationError.LOOP_OCCURS_OVER_MAXIMUM_TIMES) {
                    what = "Loop " + (ref != null ? ref : segId) + " (" + segId + ") " + m.words();
                } else {
                    what = "Segment " + segId + (ref != null && !ref.equals(segId) ? " (" + ref + ")" : "") + " "
                            + m.words();
                }
                report(m.level(), loc, m.code(), m.x12Code(), what
                        + (loopId != null && loopFirstSegment == null ? " (in loop " + loopId + ")" : "")
                        + " at segment position "
                        + loc.segmentPosition() + ".");
            } else {
                int el = Math.max(0, l.getElementPosition());
                int comp = Math.max(0, l.getComponentPosition());
                Location loc = locationFor(tag, globalPos, loopId, el, comp);
                String name = (tag == null ? "" : tag) + (el < 10 ? "0" : "") + el
                        + (comp > 0 ? "-" + (comp < 10 ? "0" : "") + comp : "");
                String title = elementTitle();
                String words = m.words();
                if (error == EDIStreamValidationError.REQUIRED_DATA_ELEMENT_MISSING && loopId != null) {
                    words = words + " in loop " + loopId;
                } else if (loopId != null) {
                    words = words + " (loop " + loopId + ")";
                }
                report(m.level(), loc, m.code(), m.x12Code(),
                        name + (title != null ? " (" + title + ")" : "") + " " + words + ".");
            }
        }

        private boolean isDuplicateMissing(Location loc) {
            for (int i = findings.size() - 1; i >= 0 && i >= findings.size() - 4; i--) {
                Location o = findings.get(i).location();
                if (o.segmentPosition() == loc.segmentPosition() && java.util.Objects.equals(o.segmentId(),
                        loc.segmentId()) && java.util.Objects.equals(o.transactionControlNumber(),
                                loc.transactionControlNumber()) && o.elementPosition() == 0
                        && findings.get(i).message().contains("missing") || (o.segmentPosition() == loc.segmentPosition()
                                && java.util.Objects.equals(o.segmentId(), loc.segmentId())
                                && findings.get(i).code().endsWith("MINIMUM_USE"))) {
                    return true;
                }
            }
            return false;
        }

        /** The first segment of the loop an error event is about, null when it is not about a loop. */
        private String loopFirstSegment() {
            try {
                EDIReference ref = reader.getSchemaTypeReference();
                if (ref != null && ref.getReferencedType() instanceof io.xlate.edi.schema.EDIComplexType c
                        && c.getType() == io.xlate.edi.schema.EDIType.Type.LOOP && !c.getReferences().isEmpty()) {
                    String code = c.getReferences().get(0).getReferencedType().getCode();
                    return code != null && code.matches("[A-Z][A-Z0-9]{1,2}") ? code : null;
                }
            } catch (RuntimeException e) {
                // not known
            }
            return null;
        }

        private String safeText() {
            try {
                return reader.getText();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private String safeReference() {
            try {
                return reader.getReferenceCode();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private String elementTitle() {
            try {
                EDIReference ref = reader.getSchemaTypeReference();
                if (ref == null) {
                    return null;
                }
                String t = ref.getTitle();
                if ((t == null || t.isBlank()) && ref.getReferencedType() != null) {
                    t = ref.getReferencedType().getTitle();
                }
                return t == null || t.isBlank() ? null : t.trim();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private Location locationFor(String segId, int globalPos, String loopId, int el, int comp) {
            String isa13 = isa == null ? null : isa.value(13).trim();
            String gs06 = gs == null ? null : gs.value(6);
            if (inTransaction) {
                int pos = Math.max(1, globalPos - stGlobalPos + 1);
                return new Location(isa13, gs06, st == null ? null : st.value(2), pos, segId, loopId, el, comp);
            }
            int pos = Math.max(1, globalPos - isaGlobalPos + 1);
            return new Location(isa13, gs06, null, pos, segId, null, el, comp);
        }

        private Location txLocation(String segId, int position, String loopId) {
            return new Location(isa == null ? null : isa.value(13).trim(), gs == null ? null : gs.value(6),
                    st == null ? null : st.value(2), position, segId, loopId, 0, 0);
        }

        private Location envelopeLocation(String segId, int position) {
            return new Location(isa == null ? null : isa.value(13).trim(), gs == null ? null : gs.value(6), null,
                    position, segId, null, 0, 0);
        }

        void report(SnipLevel level, Location location, String code, String x12Code, String message) {
            if (findings.size() < 10_000) {
                findings.add(new Finding(Severity.ERROR, level, location, code, x12Code, message));
            } else if (findings.size() == 10_000) {
                findings.add(new Finding(Severity.ERROR, SnipLevel.SYNTAX, location, "TOO_MANY_FINDINGS", null,
                        "More than 10000 findings: the rest are not listed."));
            }
        }

        void fail(String code, String message) {
            if (fast) {
                throw FastPathMiss.INSTANCE;
            }
            Location where;
            int pos = 0;
            String tag = null;
            try {
                if (reader != null) {
                    io.xlate.edi.stream.Location l = reader.getLocation();
                    pos = l.getSegmentPosition();
                    tag = l.getSegmentTag();
                }
            } catch (RuntimeException e) {
                // no position known
            }
            String loopId = inTransaction && loops.size() > 1 ? loops.peek().id : null;
            where = pos > 0 ? locationFor(tag, pos, loopId, 0, 0)
                    : Location.interchange(isa == null ? null : isa.value(13).trim());
            report(SnipLevel.SYNTAX, where, code, inTransaction ? "8" : "024",
                    Character.toUpperCase(message.charAt(0)) + message.substring(1)
                            + (pos > 0 ? " (segment " + where.segmentPosition() + ")." : "."));
            try {
                finishOpenStructures("the input is broken");
            } catch (RuntimeException e) {
                // keep what was read
            }
        }

        X12Document document() {
            return new X12Document(interchanges, findings, firstDelimiters);
        }
    }

    private static final class LoopBuilder {
        final String id;
        final List<X12Node> children = new ArrayList<>();

        LoopBuilder(String id) {
            this.id = id;
        }

        Loop build() {
            return new Loop(id, children);
        }
    }
}
