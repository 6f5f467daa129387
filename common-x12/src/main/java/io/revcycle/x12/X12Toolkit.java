package io.revcycle.x12;

import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * Typed reading, writing and validation for every guide in {@link TransactionCatalog}.
 *
 * <pre>{@code
 * TypedResult<Remittance835> r = X12Toolkit.readTyped(bytes, Remittance835.class);
 * byte[] out = X12Toolkit.writeTyped(r.values(), Envelope.of("SENDER", "RECEIVER"),
 *         ControlNumbers.startingAt(1), Delimiters.DEFAULT);
 * List<Finding> all = X12Toolkit.validate(bytes);
 * }</pre>
 */
public final class X12Toolkit {

    private X12Toolkit() {
    }

    /**
     * The typed records of every transaction set of type {@code type} in the input, with all findings of the input
     * (reader SNIP 1/2, mapping, and the guide's SNIP 3/4 {@code check}). Never throws on bad input.
     */
    public static <T> TypedResult<T> readTyped(byte[] bytes, Class<T> type) {
        TypedCollector<T> collector = new TypedCollector<>(type);
        List<Finding> findings = new ArrayList<>(X12Reader.read(bytes, collector));
        findings.addAll(collector.findings);
        TypedResult<T> result = new TypedResult<>(collector.values, findings);
        if (X12Reader.VERIFY_FAST_PATH) {
            TypedResult<T> reference = readTypedFromDocument(X12Reader.read(bytes), type);
            if (!reference.equals(result)) {
                throw new IllegalStateException("the streaming typed read differs from the document's");
            }
        }
        return result;
    }

    /** The same as {@link #readTyped(byte[], Class)} from a document read whole (the streaming read's reference). */
    static <T> TypedResult<T> readTypedFromDocument(X12Document doc, Class<T> type) {
        List<T> values = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(doc.findings());
        forEachTransaction(doc, (isa13, gs06, support, tx) -> {
            Object value = map(support, tx, isa13, gs06, findings);
            if (value != null && type.isInstance(value)) {
                values.add(type.cast(value));
            }
        });
        return new TypedResult<>(values, findings);
    }

    /**
     * Maps each transaction set as the reader closes it, so that only one transaction set's loop tree is alive at a
     * time (it is mapped while still in the CPU caches, and the garbage collector never copies a whole file's tree).
     * Reader findings come first, then mapping and rule findings in document order, as from a whole document.
     */
    private static final class TypedCollector<T> implements X12Reader.TransactionSink {
        private final Class<T> type;
        private final List<T> values = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        TypedCollector(Class<T> type) {
            this.type = type;
        }

        @Override
        public void accept(String isa13, String gs06, String gs08, TransactionSet tx) {
            TransactionSupport<?> support = support(tx, gs08);
            if (support == null) {
                return;
            }
            Object value = map(support, tx, isa13, gs06, findings);
            if (value != null && type.isInstance(value)) {
                values.add(type.cast(value));
            }
        }

        @Override
        public void restart() {
            values.clear();
            findings.clear();
        }
    }

    /** Every finding of the input: reader (SNIP 1/2), typed mapping and each guide's SNIP 3/4 rules. */
    public static List<Finding> validate(byte[] bytes) {
        return validate(X12Reader.read(bytes));
    }

    /** As {@link #validate(byte[])} on a document already read. */
    public static List<Finding> validate(X12Document doc) {
        List<Finding> findings = new ArrayList<>(doc.findings());
        forEachTransaction(doc, (isa13, gs06, support, tx) -> map(support, tx, isa13, gs06, findings));
        return findings;
    }

    /** Typed records of every supported transaction set, in document order (any type). */
    public static TypedResult<Object> readAll(byte[] bytes) {
        return readTyped(bytes, Object.class);
    }

    /**
     * One interchange with one functional group holding one transaction set per value: GS01 and GS08/ST03 from the
     * value's guide, control numbers from {@code numbers}.
     *
     * @throws IllegalArgumentException when {@code values} is empty, its type is not in the catalog, or a value
     *                                  contains a delimiter
     */
    public static <T> byte[] writeTyped(List<T> values, Envelope envelope, ControlNumbers numbers,
            Delimiters delimiters) {
        return X12Writer.write(interchange(values, envelope, numbers), delimiters);
    }

    /** As {@link #writeTyped(List, Envelope, ControlNumbers, Delimiters)} with an explicit support. */
    public static <T> byte[] writeTyped(TransactionSupport<T> support, List<T> values, Envelope envelope,
            ControlNumbers numbers, Delimiters delimiters) {
        return X12Writer.write(interchange(support, values, envelope, numbers), delimiters);
    }

    @SuppressWarnings("unchecked")
    public static <T> Interchange interchange(List<T> values, Envelope envelope, ControlNumbers numbers) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("at least one value is needed to write an interchange");
        }
        TransactionSupport<T> support = (TransactionSupport<T>) supportFor(values.get(0).getClass());
        return interchange(support, values, envelope, numbers);
    }

    public static <T> Interchange interchange(TransactionSupport<T> support, List<T> values, Envelope envelope,
            ControlNumbers numbers) {
        List<TransactionSet> sets = new ArrayList<>();
        for (T v : values) {
            Loop body = support.toBody(v);
            sets.add(new TransactionSet(support.transactionSetId(), numbers.nextTransaction(),
                    support.implementationReference(), body));
        }
        FunctionalGroup group = new FunctionalGroup(support.functionalIdentifier(), envelope.applicationSender(),
                envelope.applicationReceiver(), envelope.gsDate(), envelope.time(), numbers.nextGroup(),
                support.implementationReference(), sets);
        return new Interchange("00", "", "00", "", envelope.senderQualifier(), envelope.senderId(),
                envelope.receiverQualifier(), envelope.receiverId(), envelope.isaDate(), envelope.time(),
                numbers.nextInterchange(), envelope.acknowledgmentRequested(), envelope.usage(), List.of(group));
    }

    private static TransactionSupport<?> supportFor(Class<?> type) {
        for (TransactionSupport<?> s : TransactionCatalog.all()) {
            if (s.type().isAssignableFrom(type)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no transaction support for " + type.getName());
    }

    // ---------------------------------------------------------------------------------------------------------------

    interface TransactionVisitor {
        void visit(String isa13, String gs06, TransactionSupport<?> support, TransactionSet transaction);
    }

    /** Visits every transaction set whose guide is in the catalog. */
    static void forEachTransaction(X12Document doc, TransactionVisitor visitor) {
        for (Interchange i : doc.interchanges()) {
            for (FunctionalGroup g : i.groups()) {
                for (TransactionSet t : g.transactions()) {
                    TransactionSupport<?> s = support(t, g.version());
                    if (s != null) {
                        visitor.visit(i.controlNumber(), g.controlNumber(), s, t);
                    }
                }
            }
        }
    }

    /** The guide of a transaction set by ST01 and ST03 (GS08 when ST03 is absent); null when unknown. */
    private static TransactionSupport<?> support(TransactionSet t, String groupVersion) {
        String ref = t.implementationReference() == null ? groupVersion : t.implementationReference();
        return TransactionCatalog.find(t.id(), ref).orElse(null);
    }

    /** fromBody and check of one transaction set; findings get the envelope numbers; never throws. */
    static <T> T map(TransactionSupport<T> support, TransactionSet tx, String isa13, String gs06,
            List<Finding> findings) {
        // the elements the mapping and rules found in error, so that the format checks do not name them again
        java.util.Set<Long> named = new java.util.HashSet<>();
        FindingSink sink = f -> {
            if (f.location() != null && f.isError()) {
                named.add((long) f.location().segmentPosition() << 16 | f.location().elementPosition());
            }
            findings.add(withEnvelope(f, isa13, gs06, tx.controlNumber()));
        };
        T value;
        try {
            value = support.fromBody(tx, sink);
        } catch (RuntimeException | StackOverflowError e) {
            sink.report(new Finding(Severity.ERROR, SnipLevel.IMPLEMENTATION_GUIDE,
                    Location.inTransaction(tx.controlNumber(), null, null, 0, 0), "MAPPING_FAILED", "I5",
                    "The transaction set could not be turned into a " + support.type().getSimpleName() + ": "
                            + e.getClass().getSimpleName() + where(e)));
            return null;
        }
        if (value == null) {
            return null;
        }
        try {
            support.check(tx, value, sink);
        } catch (RuntimeException | StackOverflowError e) {
            sink.report(new Finding(Severity.ERROR, SnipLevel.SITUATIONAL,
                    Location.inTransaction(tx.controlNumber(), null, null, 0, 0), "CHECK_FAILED", "I5",
                    "The rules of " + support.implementationReference() + " could not be checked: "
                            + e.getClass().getSimpleName() + where(e)));
        }
        ElementFormats.check(tx, sink, (segment, element) -> named.contains((long) segment.position() << 16 | element));
        return value;
    }

    /** Where a mapping threw (class, method, line; never the message, which may hold data). */
    private static String where(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        StackTraceElement at = st.length == 0 ? null : st[0];
        for (StackTraceElement f : st) {
            if (f.getClassName().startsWith("io.revcycle.")) {
                at = f;
                break;
            }
        }
        return at == null ? "" : " at " + at.getClassName() + "." + at.getMethodName() + ":" + at.getLineNumber();
    }

    private static Finding withEnvelope(Finding f, String isa13, String gs06, String st02) {
        Location l = f.location() == null ? Location.inTransaction(st02, null, null, 0, 0) : f.location();
        if (l.transactionControlNumber() == null) {
            l = new Location(null, null, st02, l.segmentPosition(), l.segmentId(), l.loopId(), l.elementPosition(),
                    l.componentPosition());
        }
        l = l.withEnvelope(l.interchangeControlNumber() == null ? isa13 : l.interchangeControlNumber(),
                l.groupControlNumber() == null ? gs06 : l.groupControlNumber());
        return new Finding(f.severity(), f.level(), l, f.code(), f.x12ErrorCode(), f.message());
    }
}
