package io.revcycle.x12.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a segment: its repetitions, each a list of components. A simple element is one repetition of one
 * component; an absent element is one repetition of one empty component.
 */
public record Element(List<List<String>> repetitions) {

    public static final Element EMPTY = new Element(List.of(List.of("")));

    public Element {
        if (repetitions.isEmpty()) {
            repetitions = List.of(List.of(""));
        } else if (repetitions.size() == 1) {
            // the common case: no copy at all when the reader hands over immutable lists already
            List<String> first = List.copyOf(repetitions.get(0));
            repetitions = first == repetitions.get(0) ? List.copyOf(repetitions) : List.of(first);
        } else {
            List<List<String>> copy = new ArrayList<>(repetitions.size());
            for (List<String> r : repetitions) {
                copy.add(List.copyOf(r));
            }
            repetitions = List.copyOf(copy);
        }
    }

    public static Element of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Element(List.of(List.of(value)));
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

    /** The first component of the first repetition; "" when absent. */
    public String value() {
        return component(1);
    }

    /** 1-based component of the first repetition; "" when absent. */
    public String component(int position) {
        List<String> first = repetitions.get(0);
        return position <= first.size() ? first.get(position - 1) : "";
    }

    public List<String> components() {
        return repetitions.get(0);
    }

    public boolean isEmpty() {
        for (List<String> r : repetitions) {
            for (String c : r) {
                if (!c.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }
}
