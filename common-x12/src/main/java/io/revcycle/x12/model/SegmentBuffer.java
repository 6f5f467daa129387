package io.revcycle.x12.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The elements of the segment being read, reused from segment to segment: the reader adds element values as the
 * parser reports them, the guide matcher checks them in place, and {@link #toSegment} copies them once into a
 * {@link Segment}. A simple element (most of them) is kept as its text; only a composite or repeated one grows lists
 * (repetitions of components, "" where empty), so reading costs no object per simple element.
 */
public final class SegmentBuffer {

    /** String for a simple element, or a mutable List&lt;List&lt;String&gt;&gt; of repetitions of components. */
    private Object[] items = new Object[32];
    private int size;

    /** Forgets the elements; the slots are overwritten before they are read again, so they are not nulled. */
    public void clear() {
        size = 0;
    }

    /** How many element positions were seen (the last one may be empty). */
    public int size() {
        return size;
    }

    /** Appends the next element as a simple value (the common case). */
    public void addSimple(String text) {
        grow(size + 1);
        items[size++] = text;
    }

    /** Sets one value at 1-based element, repetition and component positions, filling gaps with empties. */
    public void add(int element, int occurrence, int component, String text) {
        grow(element);
        while (size < element) {
            items[size++] = new ArrayList<List<String>>(1);
        }
        List<List<String>> reps = mutable(element - 1);
        while (reps.size() < occurrence) {
            reps.add(new ArrayList<>(Math.max(component, 6))); // composites: most have up to six components
        }
        List<String> comps = reps.get(occurrence - 1);
        while (comps.size() < component) {
            comps.add("");
        }
        comps.set(component - 1, text);
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> mutable(int index) {
        Object item = items[index];
        if (item instanceof String s) { // a simple element turned out repeated or composite
            List<List<String>> reps = new ArrayList<>(2);
            List<String> comps = new ArrayList<>(2);
            comps.add(s);
            reps.add(comps);
            items[index] = reps;
            return reps;
        }
        return (List<List<String>>) item;
    }

    private void grow(int capacity) {
        if (capacity > items.length) {
            items = Arrays.copyOf(items, Math.max(capacity, items.length * 2));
        }
    }

    /** The text of a 0-based element of one repetition of one component (a simple one), otherwise null. */
    @SuppressWarnings("unchecked")
    public String single(int index) {
        Object item = items[index];
        if (item instanceof String s) {
            return s;
        }
        List<List<String>> reps = (List<List<String>>) item;
        return reps.size() == 1 && reps.get(0).size() == 1 ? reps.get(0).get(0) : null;
    }

    /** The repetitions of a 0-based element, each its components ("" where empty); the buffer's own lists. */
    @SuppressWarnings("unchecked")
    public List<List<String>> repetitions(int index) {
        Object item = items[index];
        return item instanceof String s ? List.of(List.of(s)) : (List<List<String>>) item;
    }

    /**
     * A value by 1-based element and component (component below 1 meaning 1) of the first repetition; null when the
     * element or component is not there.
     */
    @SuppressWarnings("unchecked")
    public String value(int element, int component) {
        if (element < 1 || element > size) {
            return null;
        }
        int c = Math.max(1, component);
        Object item = items[element - 1];
        if (item instanceof String s) {
            return c == 1 ? s : null;
        }
        List<List<String>> reps = (List<List<String>>) item;
        if (reps.isEmpty()) {
            return null;
        }
        List<String> comps = reps.get(0);
        return c <= comps.size() ? comps.get(c - 1) : null;
    }

    /**
     * The segment of these elements: trailing empty components and repetitions dropped, an element left with one
     * value kept as a simple one, trailing empty elements dropped.
     */
    public Segment toSegment(String id, int position) {
        int n = size;
        while (n > 0 && isEmpty(n - 1)) {
            n--;
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object item = items[i];
            out[i] = item instanceof String ? item : element(i);
        }
        return new Segment(id, out, position, true);
    }

    private boolean isEmpty(int index) {
        Object item = items[index];
        if (item instanceof String s) {
            return s.isEmpty();
        }
        for (List<String> comps : repetitions(index)) {
            for (String c : comps) {
                if (!c.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A composite or repeated element as its Element, or its text when it holds one value. */
    private Object element(int index) {
        List<List<String>> reps = repetitions(index);
        int last = reps.size();
        while (last > 1 && allEmpty(reps.get(last - 1))) {
            last--;
        }
        if (last == 0) {
            return "";
        }
        List<List<String>> r = new ArrayList<>(last);
        for (int k = 0; k < last; k++) {
            List<String> comps = reps.get(k);
            int n = comps.size();
            while (n > 1 && comps.get(n - 1).isEmpty()) {
                n--;
            }
            r.add(n == 0 ? List.of("") : comps.subList(0, n));
        }
        Element e = new Element(r);
        String simple = e.simpleValue();
        return simple != null ? simple : e;
    }

    private static boolean allEmpty(List<String> comps) {
        for (String c : comps) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
