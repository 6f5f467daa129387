package io.revcycle.x12.model;

import java.util.Arrays;
import java.util.List;

/**
 * A segment: its tag (e.g. "CLM") and its elements, position 1 first. Trailing empty elements are dropped so that
 * a written segment never ends with separators and a read segment compares equal to the one that was written.
 * {@code position} is where a read segment stood (1-based in its transaction set, ST = 1), 0 for a built one; it is
 * not part of equality.
 *
 * <p>
 * Stored flat: one array whose items are the text of a simple element (most of them) or the {@link Element} of a
 * composite or repeated one, so that reading a value is one array access and a read segment costs one array instead
 * of an object per element. {@link #elements()} builds the element list when asked.
 */
public final class Segment implements X12Node {

    private final String id;
    /** String for a simple element ("" when empty), Element for a composite or repeated one; no trailing empties. */
    private final Object[] items;
    private final int position;
    private List<Element> elements; // built on demand; immutable, so a racy second build is harmless

    public Segment(String id, List<Element> elements, int position) {
        this(id, items(elements), position, true);
    }

    public Segment(String id, List<Element> elements) {
        this(id, elements, 0);
    }

    /** From items already normalised (see {@link #items}) and trimmed: the reader's buffer builds them. */
    Segment(String id, Object[] items, int position, boolean trimmed) {
        this.id = java.util.Objects.requireNonNull(id);
        this.items = trimmed ? items : trim(items);
        this.position = position;
    }

    private static Object[] items(List<Element> elements) {
        Object[] out = new Object[elements.size()];
        for (int i = 0; i < out.length; i++) {
            Element e = elements.get(i);
            String simple = e.simpleValue();
            out[i] = simple != null ? simple : e;
        }
        return trim(out);
    }

    private static Object[] trim(Object[] items) {
        int n = items.length;
        while (n > 0 && isEmpty(items[n - 1])) {
            n--;
        }
        return n == items.length ? items : Arrays.copyOf(items, n);
    }

    static boolean isEmpty(Object item) {
        return item instanceof String s ? s.isEmpty() : ((Element) item).isEmpty();
    }

    /** Simple elements given as strings; null or "" means absent. */
    public static Segment of(String id, String... values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = values[i] == null ? "" : values[i];
        }
        return new Segment(id, items, 0, false);
    }

    /** Elements of any shape, e.g. Segment.of("SV1", Element.composite("HC", "99213"), Element.of("100")). */
    public static Segment of(String id, Element... elements) {
        return new Segment(id, List.of(elements));
    }

    public String id() {
        return id;
    }

    public int position() {
        return position;
    }

    /** How many elements the segment has (up to its last non-empty one). */
    public int size() {
        return items.length;
    }

    public List<Element> elements() {
        List<Element> e = elements;
        if (e == null) {
            Element[] out = new Element[items.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = element(i + 1);
            }
            e = List.of(out);
            elements = e;
        }
        return e;
    }

    /** 1-based element position; Element.EMPTY when absent. */
    public Element element(int position) {
        if (position < 1 || position > items.length) {
            return Element.EMPTY;
        }
        Object item = items[position - 1];
        return item instanceof String s ? Element.of(s) : (Element) item;
    }

    /** The simple value (first component, first repetition) at a 1-based position; "" when absent. */
    public String value(int position) {
        if (position < 1 || position > items.length) {
            return "";
        }
        Object item = items[position - 1];
        return item instanceof String s ? s : ((Element) item).value();
    }

    public String component(int position, int component) {
        if (position < 1 || position > items.length) {
            return "";
        }
        Object item = items[position - 1];
        if (item instanceof String s) {
            return component == 1 ? s : "";
        }
        return ((Element) item).component(component);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s && s.id.equals(id) && Arrays.equals(s.items, items);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(id);
        for (Object item : items) {
            b.append('*');
            if (item instanceof String s) {
                b.append(s);
                continue;
            }
            List<List<String>> reps = ((Element) item).repetitions();
            for (int r = 0; r < reps.size(); r++) {
                if (r > 0) {
                    b.append('^');
                }
                b.append(String.join(":", reps.get(r)));
            }
        }
        return b.toString();
    }
}
