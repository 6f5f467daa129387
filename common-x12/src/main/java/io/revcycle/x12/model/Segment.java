package io.revcycle.x12.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A segment: its tag (e.g. "CLM") and its elements, position 1 first. Trailing empty elements are dropped so that
 * a written segment never ends with separators and a read segment compares equal to the one that was written.
 * {@code position} is where a read segment stood (1-based in its transaction set, ST = 1), 0 for a built one; it is
 * not part of equality.
 */
public record Segment(String id, List<Element> elements, int position) implements X12Node {

    public Segment(String id, List<Element> elements) {
        this(id, elements, 0);
    }

    public Segment {
        int n = elements.size();
        while (n > 0 && elements.get(n - 1).isEmpty()) {
            n--;
        }
        elements = List.copyOf(n == elements.size() ? elements : elements.subList(0, n)); // one copy
    }

    /** Simple elements given as strings; null or "" means absent. */
    public static Segment of(String id, String... values) {
        List<Element> e = new ArrayList<>(values.length);
        for (String v : values) {
            e.add(Element.of(v));
        }
        return new Segment(id, e);
    }

    /** Elements of any shape, e.g. Segment.of("SV1", Element.composite("HC", "99213"), Element.of("100")). */
    public static Segment of(String id, Element... elements) {
        return new Segment(id, List.of(elements));
    }

    /** 1-based element position; Element.EMPTY when absent. */
    public Element element(int position) {
        return position <= elements.size() ? elements.get(position - 1) : Element.EMPTY;
    }

    /** The simple value (first component, first repetition) at a 1-based position; "" when absent. */
    public String value(int position) {
        return element(position).value();
    }

    public String component(int position, int component) {
        return element(position).component(component);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s && s.id.equals(id) && s.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + elements.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(id);
        for (Element e : elements) {
            b.append('*');
            for (int r = 0; r < e.repetitions().size(); r++) {
                if (r > 0) {
                    b.append('^');
                }
                b.append(String.join(":", e.repetitions().get(r)));
            }
        }
        return b.toString();
    }
}
