package io.revcycle.x12.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loop as the implementation guide names it (e.g. "2010BA"), with its segments and nested loops in document order.
 * A transaction set's body is a loop whose id is the transaction set id (e.g. "837").
 */
public record Loop(String id, List<X12Node> children) implements X12Node {

    public Loop {
        children = List.copyOf(children);
    }

    public static Loop of(String id, X12Node... children) {
        return new Loop(id, List.of(children));
    }

    public List<Segment> segments() {
        return children.stream().filter(Segment.class::isInstance).map(Segment.class::cast).toList();
    }

    public List<Segment> segments(String segmentId) {
        return segments().stream().filter(s -> s.id().equals(segmentId)).toList();
    }

    /** The first segment with this id directly in this loop. */
    public Optional<Segment> segment(String segmentId) {
        return segments(segmentId).stream().findFirst();
    }

    /** The first segment with this id whose element at {@code position} has {@code qualifier}, e.g. REF*EI. */
    public Optional<Segment> segment(String segmentId, int position, String qualifier) {
        return segments(segmentId).stream().filter(s -> s.value(position).equals(qualifier)).findFirst();
    }

    public List<Loop> loops() {
        return children.stream().filter(Loop.class::isInstance).map(Loop.class::cast).toList();
    }

    public List<Loop> loops(String loopId) {
        return loops().stream().filter(l -> l.id().equals(loopId)).toList();
    }

    public Optional<Loop> loop(String loopId) {
        return loops(loopId).stream().findFirst();
    }

    /** Builds a loop in document order. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    public static final class Builder {
        private final String id;
        private final List<X12Node> children = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder add(X12Node node) {
            if (node != null) {
                children.add(node);
            }
            return this;
        }

        public Builder addAll(List<? extends X12Node> nodes) {
            nodes.forEach(this::add);
            return this;
        }

        /** Adds the segment only when it has at least one non-empty element (situational segments). */
        public Builder addIfPresent(Segment segment) {
            if (segment != null && !segment.elements().isEmpty()) {
                children.add(segment);
            }
            return this;
        }

        public Loop build() {
            return new Loop(id, children);
        }
    }
}
