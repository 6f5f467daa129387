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

    // plain loops, not streams: the typed readers call these for every value they map

    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>(children.size());
        for (X12Node n : children) {
            if (n instanceof Segment s) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Segment> segments(String segmentId) {
        List<Segment> out = new ArrayList<>(2);
        for (X12Node n : children) {
            if (n instanceof Segment s && s.id().equals(segmentId)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The first segment with this id directly in this loop. */
    public Optional<Segment> segment(String segmentId) {
        for (X12Node n : children) {
            if (n instanceof Segment s && s.id().equals(segmentId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The first segment with this id whose element at {@code position} has {@code qualifier}, e.g. REF*EI. */
    public Optional<Segment> segment(String segmentId, int position, String qualifier) {
        for (X12Node n : children) {
            if (n instanceof Segment s && s.id().equals(segmentId) && s.value(position).equals(qualifier)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public List<Loop> loops() {
        List<Loop> out = new ArrayList<>(children.size());
        for (X12Node n : children) {
            if (n instanceof Loop l) {
                out.add(l);
            }
        }
        return out;
    }

    public List<Loop> loops(String loopId) {
        List<Loop> out = new ArrayList<>(2);
        for (X12Node n : children) {
            if (n instanceof Loop l && l.id().equals(loopId)) {
                out.add(l);
            }
        }
        return out;
    }

    public Optional<Loop> loop(String loopId) {
        for (X12Node n : children) {
            if (n instanceof Loop l && l.id().equals(loopId)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
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
            if (segment != null && segment.size() > 0) {
                children.add(segment);
            }
            return this;
        }

        public Loop build() {
            return new Loop(id, children);
        }
    }
}
