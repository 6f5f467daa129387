package io.revcycle.x12.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a segment: its repetitions, each a list of components. A simple element is one repetition of one
 * component; an absent element is one repetition of one empty component. Equal when the repetitions are equal.
 *
 * <p>
 * A class rather than a record: a simple element (most of them) keeps just its value, without the two lists, so that
 * reading and mapping a value is one object and one pointer hop instead of four.
 */
public final class Element {

    public static final Element EMPTY = new Element("");

    /** The value of a simple element; null for a composite or repeated one. */
    private final String simple;
    /** The repetitions of a composite or repeated element; null for a simple one. */
    private final List<List<String>> repetitions;

    public Element(List<List<String>> repetitions) {
        if (repetitions.isEmpty()) {
            this.simple = "";
            this.repetitions = null;
        } else if (repetitions.size() == 1 && repetitions.get(0).size() == 1) {
            this.simple = java.util.Objects.requireNonNull(repetitions.get(0).get(0));
            this.repetitions = null;
        } else {
            List<List<String>> copy = new ArrayList<>(repetitions.size());
            for (List<String> r : repetitions) {
                copy.add(List.copyOf(r));
            }
            this.simple = null;
            this.repetitions = List.copyOf(copy);
        }
    }

    private Element(String simple) {
        this.simple = simple;
        this.repetitions = null;
    }

    public static Element of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Element(value);
    }

    /** A composite element, e.g. SV101 = composite("HC", "99213", "25"). Trailing empty components are dropped. */
    public static Element composite(String... components) {
        List<String> c = new ArrayList<>();
        for (String s : components) {
            c.add(s == null ? "" : s);
        }
        while (c.size() > 1 && c.get(c.size() - 1).isEmpty()) {
            c.remove(c.size() - 1);
        }
        return new Element(List.of(c));
    }

    /** A repeating element, each repetition given as its components. */
    public static Element repeated(List<List<String>> repetitions) {
        return new Element(repetitions);
    }

    /** The repetitions, each a list of components (a simple element: one repetition of one component). */
    public List<List<String>> repetitions() {
        return simple != null ? List.of(List.of(simple)) : repetitions;
    }

    /** The value of a simple element, null for a composite or repeated one (a segment stores simple ones as text). */
    String simpleValue() {
        return simple;
    }

    /** The first component of the first repetition; "" when absent. */
    public String value() {
        return simple != null ? simple : component(1);
    }

    /** 1-based component of the first repetition; "" when absent. */
    public String component(int position) {
        if (simple != null) {
            return position == 1 ? simple : "";
        }
        List<String> first = repetitions.get(0);
        return position <= first.size() ? first.get(position - 1) : "";
    }

    public List<String> components() {
        return simple != null ? List.of(simple) : repetitions.get(0);
    }

    public boolean isEmpty() {
        if (simple != null) {
            return simple.isEmpty();
        }
        for (List<String> r : repetitions) {
            for (String c : r) {
                if (!c.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Element e)) {
            return false;
        }
        if (simple != null && e.simple != null) {
            return simple.equals(e.simple);
        }
        return (simple == null) == (e.simple == null) && repetitions.equals(e.repetitions);
    }

    @Override
    public int hashCode() {
        return simple != null ? simple.hashCode() : repetitions.hashCode();
    }

    @Override
    public String toString() {
        return "Element[repetitions=" + repetitions() + "]";
    }
}
