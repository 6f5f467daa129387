package io.revcycle.x12.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.revcycle.x12.model.SegmentBuffer;
import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.implementation.EDITypeImplementation;
import io.xlate.edi.schema.implementation.LoopImplementation;
import io.xlate.edi.schema.implementation.PolymorphicImplementation;
import io.xlate.edi.schema.implementation.SegmentImplementation;

/**
 * The fast path of the reader: a guide's loop structure and element rules, compiled once from the StAEDI schema's own
 * model (implementation and standard), that assigns the guide's loops to the segments of a transaction set read by a
 * raw StAEDI scan.
 *
 * <p>
 * Why: StAEDI's validator costs 10-15 times its raw scan (it filters every segment's element list per element, with
 * streams, and resets usage trees per loop). This matcher does the same structural work with arrays and counters. It
 * is conservative by design: it answers "clean" only for what StAEDI's validator accepts and gives no findings of its
 * own; anything it is unsure of (trailing empty elements, a value with edge spaces, a six-digit date, an unknown
 * syntax rule type) is "not clean", and the reader then reads the input again validating with StAEDI, whose findings
 * are reported. The equivalence (same document, same findings) is tested on generated, sample and mutated inputs.
 */
public final class GuideMatcher {

    private static final Map<String, Optional<GuideMatcher>> CACHE = new ConcurrentHashMap<>();

    private final Node root;

    private GuideMatcher(Node root) {
        this.root = root;
    }

    /** The matcher of a schema resource; empty when its schema cannot be loaded or uses what the matcher lacks. */
    public static Optional<GuideMatcher> forSchema(String resource) {
        return CACHE.computeIfAbsent(resource, r -> {
            try {
                return Optional.of(compile(SchemaCache.get(r)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    static GuideMatcher compile(Schema schema) {
        EDIType impl = schema.getImplementation();
        if (!(impl instanceof PolymorphicImplementation p)) {
            throw new IllegalArgumentException("the schema has no implementation");
        }
        return new GuideMatcher(loop(p, "", 1, 1));
    }

    /** A new matching state for one transaction set. */
    public Run start() {
        return new Run(root);
    }

    // ------------------------------------------------------------------------------------------------ compiled model

    /** A loop (with children) or a segment (with element rules) of the guide. */
    static final class Node {
        final boolean loop;
        final String code;
        final String tag;
        final int min;
        final int max;
        final Discriminator discriminator;
        // loops
        final Node[] children;
        final int[] childStd;
        final int[] groupStart;
        final int[] stdMin;
        final int[] stdMax;
        final String[] stdTag;
        // segments
        final SegmentRule rule;

        Node(String code, String tag, int min, int max, Discriminator d, Node[] children, int[] childStd,
                int[] stdMin, int[] stdMax, String[] stdTag, SegmentRule rule) {
            this.loop = children != null;
            this.code = code;
            this.tag = tag.intern(); // the reader interns segment tags too
            this.min = min;
            this.max = max;
            this.discriminator = d;
            this.children = children;
            this.childStd = childStd;
            this.groupStart = childStd == null ? null : groupStarts(childStd);
            this.stdMin = stdMin;
            this.stdMax = stdMax;
            this.stdTag = stdTag;
            this.rule = rule;
        }

        /** For each child, the first child at the same standard position (its group of alternatives). */
        private static int[] groupStarts(int[] childStd) {
            int[] g = new int[childStd.length];
            for (int j = 1; j < childStd.length; j++) {
                g[j] = childStd[j] == childStd[j - 1] ? g[j - 1] : j;
            }
            return g;
        }

        /** Whether the segment's discriminating value (if the node has one) selects this node. */
        boolean selects(SegmentBuffer els) {
            if (discriminator == null) {
                return true;
            }
            String v = els.value(discriminator.element(), discriminator.component());
            return v != null && discriminator.values().contains(v);
        }
    }

    record Discriminator(int element, int component, java.util.Set<String> values) {
        static Discriminator of(PolymorphicImplementation p) {
            io.xlate.edi.schema.implementation.Discriminator d = p.getDiscriminator();
            if (d == null) {
                return null;
            }
            return new Discriminator(d.getElementPosition(), d.getComponentPosition(),
                    java.util.Set.copyOf(d.getValueSet()));
        }
    }

    private static Node loop(PolymorphicImplementation impl, String code, int min, int max) {
        if (!(impl.getReferencedType() instanceof EDIComplexType std)) {
            throw new IllegalArgumentException("loop " + code + " has no standard type");
        }
        List<EDIReference> refs = std.getReferences();
        int[] stdMin = new int[refs.size()];
        int[] stdMax = new int[refs.size()];
        String[] stdTag = new String[refs.size()];
        for (int i = 0; i < refs.size(); i++) {
            EDIReference r = refs.get(i);
            stdMin[i] = r.getMinOccurs();
            stdMax[i] = r.getMaxOccurs();
            stdTag[i] = firstSegmentTag(r.getReferencedType());
        }
        List<Node> children = new ArrayList<>();
        List<Integer> childStd = new ArrayList<>();
        int p = 0;
        for (EDITypeImplementation child : impl.getSequence()) {
            if (child == null) {
                continue;
            }
            String stdId = child.getReferencedType().getId();
            while (p < refs.size() && !refs.get(p).getReferencedType().getId().equals(stdId)) {
                p++;
            }
            if (p == refs.size()) {
                throw new IllegalArgumentException("no standard position for " + child.getId() + " in " + code);
            }
            childStd.add(p);
            if (child instanceof LoopImplementation l) {
                Node n = loop(l, l.getCode(), l.getMinOccurs(), l.getMaxOccurs());
                if (n.children.length == 0 || n.children[0].loop || n.childStd[0] != 0) {
                    throw new IllegalArgumentException("loop " + l.getCode() + " does not start with its segment");
                }
                children.add(n);
            } else if (child instanceof SegmentImplementation s) {
                children.add(new Node(s.getReferencedType().getId(), s.getReferencedType().getId(),
                        s.getMinOccurs(), s.getMaxOccurs(), Discriminator.of(s), null, null, null, null, null,
                        SegmentRule.of(s)));
            } else {
                throw new IllegalArgumentException("unexpected " + child.getClass().getSimpleName());
            }
        }
        Node[] array = children.toArray(new Node[0]);
        String tag = array.length > 0 ? array[0].tag : "";
        return new Node(code, tag, min, max, Discriminator.of(impl), array,
                childStd.stream().mapToInt(Integer::intValue).toArray(), stdMin, stdMax, stdTag, null);
    }

    private static String firstSegmentTag(EDIType type) {
        EDIType t = type;
        while (t instanceof EDIComplexType c && t.getType() == EDIType.Type.LOOP) {
            if (c.getReferences().isEmpty()) {
                return null;
            }
            t = c.getReferences().get(0).getReferencedType();
        }
        return t != null && t.getType() == EDIType.Type.SEGMENT ? t.getId() : null;
    }

    // ------------------------------------------------------------------------------------------------ matching state

    /** The matching state of one transaction set: one frame per open loop. */
    public static final class Run {
        private final List<Frame> stack = new ArrayList<>();
        private String opened;

        Run(Node root) {
            stack.add(new Frame(root, true));
        }

        /**
         * Places one segment (its raw elements as read).
         *
         * @return how many open loops end before the segment (then {@link #opened()} names the loop it starts, or
         *         null), or -1 when the segment is not clean
         */
        public int segment(String tag, SegmentBuffer elements) {
            opened = null;
            for (int level = stack.size() - 1; level >= 0; level--) {
                Frame f = stack.get(level);
                int r = f.find(tag, elements);
                if (r == REJECT) {
                    return -1;
                }
                if (r >= 0) {
                    if (!f.advance(r)) {
                        return -1;
                    }
                    int closed = stack.size() - 1 - level;
                    while (stack.size() > level + 1) {
                        stack.remove(stack.size() - 1);
                    }
                    Node c = f.loop.children[r];
                    if (c.loop) {
                        Frame inner = new Frame(c, false);
                        stack.add(inner);
                        if (!inner.advance(0) || !c.children[0].rule.check(elements)) {
                            return -1;
                        }
                        opened = c.code;
                    } else if (!c.rule.check(elements)) {
                        return -1;
                    }
                    return closed;
                }
                if (f.standardClaims(tag) || level == 0 || !f.complete()) {
                    return -1;
                }
            }
            return -1;
        }

        /** The loop the last placed segment started, null when it started none. */
        public String opened() {
            return opened;
        }

        /** Whether every open loop and the transaction set have what they require (at SE). */
        public boolean finish() {
            for (int level = stack.size() - 1; level >= 0; level--) {
                if (!stack.get(level).complete()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int REJECT = -2;

    /**
     * One open occurrence of a loop: where in its children the input is, and how often each was used. Children at the
     * same standard position are the guide's alternatives of one standard segment or loop, told apart by
     * discriminators (HL levels 2000A/2000B/2000C, REF qualifiers). StAEDI lets a loop go back to an earlier
     * alternative (2000B after 2000C) but flags some segments that do (a REF of an earlier kind after a later one); the
     * matcher follows the guide's order for segments and lets loops go back only over alternatives all used, and
     * leaves anything else to StAEDI.
     */
    private static final class Frame {
        final Node loop;
        final int[] counts;
        final int[] stdCounts;
        /** 0 for the transaction set, 1 for a loop: a loop's first segment always starts a new occurrence. */
        final int first;
        int index = -1;

        Frame(Node loop, boolean root) {
            this.loop = loop;
            this.first = root ? 0 : 1;
            this.counts = new int[loop.children.length];
            this.stdCounts = new int[loop.stdMin.length];
        }

        /** The first child at the same standard position as child {@code j} (0 before the first child). */
        private int groupStart(int j) {
            return j < 0 ? 0 : loop.groupStart[j];
        }

        /** The child the segment continues with, -1 for none, REJECT when StAEDI has to decide. */
        int find(String tag, SegmentBuffer els) {
            Node[] children = loop.children;
            boolean sameTag = false;
            for (int j = Math.max(first, groupStart(index)); j < children.length; j++) {
                Node c = children[j];
                if (c.tag != tag && !c.tag.equals(tag)) {
                    continue;
                }
                sameTag = true;
                if (!c.selects(els) || (c.loop && !c.children[0].selects(els))) {
                    continue;
                }
                // one more than the guide allows is StAEDI's finding to make; so is going back to an earlier
                // alternative, but for loops over alternatives all used (HL levels: 2000B after 2000C)
                boolean back = j < index && (!c.loop || !usedBetween(j, index));
                return counts[j] >= c.max || back ? REJECT : j;
            }
            return sameTag ? REJECT : -1;
        }

        private boolean usedBetween(int from, int to) {
            for (int k = from; k < to; k++) {
                if (counts[k] == 0) {
                    return false;
                }
            }
            return true;
        }

        /** Moves to child {@code r}, checking what is left behind and the repeat limits. */
        boolean advance(int r) {
            int fromStd = index < 0 ? 0 : loop.childStd[index];
            int toStd = loop.childStd[r];
            if (toStd != fromStd || index < 0) {
                for (int k = groupStart(index); k < r && loop.childStd[k] < toStd; k++) {
                    if (counts[k] < loop.children[k].min) {
                        return false;
                    }
                }
                for (int s = fromStd; s < toStd; s++) {
                    if (stdCounts[s] < loop.stdMin[s]) {
                        return false;
                    }
                }
            }
            index = r;
            counts[r]++;
            stdCounts[toStd]++;
            return counts[r] <= loop.children[r].max && stdCounts[toStd] <= loop.stdMax[toStd];
        }

        /** Whether the standard would place a segment with this tag in this loop from here on. */
        boolean standardClaims(String tag) {
            int from = Math.max(first, index < 0 ? 0 : loop.childStd[index]);
            for (int s = from; s < loop.stdTag.length; s++) {
                if (tag.equals(loop.stdTag[s])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether everything this loop occurrence requires is there (before it is closed). */
        boolean complete() {
            for (int k = groupStart(index); k < loop.children.length; k++) {
                if (counts[k] < loop.children[k].min) {
                    return false;
                }
            }
            for (int s = index < 0 ? 0 : loop.childStd[index]; s < loop.stdMin.length; s++) {
                if (stdCounts[s] < loop.stdMin[s]) {
                    return false;
                }
            }
            return true;
        }
    }
}
