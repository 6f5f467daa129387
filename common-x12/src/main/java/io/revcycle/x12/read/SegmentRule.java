package io.revcycle.x12.read;

import java.util.List;
import java.util.Set;

import io.revcycle.x12.X12Values;
import io.revcycle.x12.model.SegmentBuffer;
import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDISyntaxRule;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.implementation.CompositeImplementation;
import io.xlate.edi.schema.implementation.EDITypeImplementation;
import io.xlate.edi.schema.implementation.ElementImplementation;
import io.xlate.edi.schema.implementation.SegmentImplementation;

/**
 * The element rules of one guide segment for {@link GuideMatcher}: usage, repeats, components, lengths, types, code
 * values and the standard's syntax rules, each the stricter of the guide's and the standard's. {@link #check} says
 * whether StAEDI's validator certainly accepts the segment; false means "let StAEDI decide", never "invalid".
 */
final class SegmentRule {

    private final ElementRule[] elements;
    private final int[][] syntax; // {type ordinal, positions...}
    private final boolean unsure;

    private SegmentRule(ElementRule[] elements, int[][] syntax, boolean unsure) {
        this.elements = elements;
        this.syntax = syntax;
        this.unsure = unsure;
    }

    static SegmentRule of(SegmentImplementation impl) {
        EDIComplexType std = (EDIComplexType) impl.getReferencedType();
        List<EDIReference> refs = std.getReferences();
        List<EDITypeImplementation> seq = impl.getSequence();
        ElementRule[] rules = new ElementRule[refs.size()];
        boolean unsure = false;
        for (int i = 0; i < refs.size(); i++) {
            EDITypeImplementation e = i < seq.size() ? seq.get(i) : null;
            rules[i] = ElementRule.of(refs.get(i), e);
            unsure |= rules[i].unsure;
        }
        int[][] syntax = syntax(std.getSyntaxRules());
        return new SegmentRule(rules, syntax, unsure || syntax == null);
    }

    private static int[][] syntax(List<EDISyntaxRule> rules) {
        int[][] out = new int[rules.size()][];
        for (int i = 0; i < rules.size(); i++) {
            EDISyntaxRule r = rules.get(i);
            if (r.getType() == EDISyntaxRule.Type.SINGLE || r.getType() == EDISyntaxRule.Type.FIRSTONLY) {
                return null; // not used by the X12 guides; StAEDI decides
            }
            List<Integer> p = r.getPositions();
            out[i] = new int[p.size() + 1];
            out[i][0] = r.getType().ordinal();
            for (int k = 0; k < p.size(); k++) {
                out[i][k + 1] = p.get(k);
            }
        }
        return out;
    }

    /** Whether StAEDI's validator certainly accepts a segment with these raw elements. */
    boolean check(SegmentBuffer els) {
        if (unsure || els.size() > elements.length) {
            return false;
        }
        boolean[] present = syntax.length == 0 ? null : new boolean[elements.length + 1];
        for (int i = 0; i < els.size(); i++) {
            int r = elements[i].check(els, i);
            if (r < 0) {
                return false;
            }
            if (present != null) {
                present[i + 1] = r == 1;
            }
            if (i == els.size() - 1 && r == 0) {
                return false; // a trailing empty element: StAEDI's call
            }
        }
        for (int i = els.size(); i < elements.length; i++) {
            if (elements[i].required) {
                return false;
            }
        }
        return present == null || syntaxHolds(syntax, present);
    }

    static boolean syntaxHolds(int[][] syntax, boolean[] present) {
        for (int[] rule : syntax) {
            int n = 0;
            for (int k = 1; k < rule.length; k++) {
                if (rule[k] < present.length && present[rule[k]]) {
                    n++;
                }
            }
            boolean first = rule.length > 1 && rule[1] < present.length && present[rule[1]];
            int all = rule.length - 1;
            boolean ok = switch (EDISyntaxRule.Type.values()[rule[0]]) {
                case PAIRED -> n == 0 || n == all;
                case REQUIRED -> n > 0;
                case EXCLUSION -> n <= 1;
                case CONDITIONAL -> !first || n == all;
                case LIST -> !first || n > 1;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // -------------------------------------------------------------------------------------------------- elements

    /** One element position: simple or composite. */
    private static final class ElementRule {
        final boolean used;
        final boolean required;
        final int minReps;
        final int maxReps;
        final ValueRule simple;
        final ValueRule[] components;
        final boolean[] componentRequired;
        final int[][] componentSyntax;
        final boolean unsure;

        private ElementRule(boolean used, boolean required, int minReps, int maxReps, ValueRule simple,
                ValueRule[] components, boolean[] componentRequired, int[][] componentSyntax, boolean unsure) {
            this.used = used;
            this.required = required;
            this.minReps = minReps;
            this.maxReps = maxReps;
            this.simple = simple;
            this.components = components;
            this.componentRequired = componentRequired;
            this.componentSyntax = componentSyntax;
            this.unsure = unsure;
        }

        static ElementRule of(EDIReference std, EDITypeImplementation impl) {
            boolean used = impl != null;
            boolean required = std.getMinOccurs() > 0 || (used && impl.getMinOccurs() > 0);
            int minReps = used ? Math.max(1, impl.getMinOccurs()) : 1;
            int maxReps = used ? Math.min(std.getMaxOccurs(), impl.getMaxOccurs()) : 0;
            EDIType type = std.getReferencedType();
            if (type instanceof EDIComplexType composite) {
                List<EDIReference> refs = composite.getReferences();
                List<EDITypeImplementation> seq = impl instanceof CompositeImplementation c ? c.getSequence()
                        : List.of();
                ValueRule[] comps = new ValueRule[refs.size()];
                boolean[] compRequired = new boolean[refs.size()];
                boolean unsure = used && !(impl instanceof CompositeImplementation);
                for (int k = 0; k < refs.size(); k++) {
                    EDITypeImplementation ci = k < seq.size() ? seq.get(k) : null;
                    if (!(refs.get(k).getReferencedType() instanceof EDISimpleType st)) {
                        unsure = true;
                        continue;
                    }
                    comps[k] = ci == null ? null : ValueRule.of(st, ci instanceof ElementImplementation ei ? ei : null);
                    compRequired[k] = refs.get(k).getMinOccurs() > 0 || (ci != null && ci.getMinOccurs() > 0);
                }
                int[][] syntax = syntax(composite.getSyntaxRules());
                return new ElementRule(used, required, minReps, maxReps, null, comps, compRequired, syntax,
                        unsure || syntax == null);
            }
            if (!(type instanceof EDISimpleType st)) {
                return new ElementRule(used, required, minReps, maxReps, null, null, null, null, true);
            }
            ValueRule v = used ? ValueRule.of(st, impl instanceof ElementImplementation ei ? ei : null) : null;
            return new ElementRule(used, required, minReps, maxReps, v, null, null, null,
                    used && !(impl instanceof ElementImplementation));
        }

        /** 1 present and certainly valid, 0 absent and allowed to be, -1 anything else. */
        int check(SegmentBuffer els, int index) {
            String v = components == null ? els.single(index) : null;
            if (v != null) { // a simple element, the common case
                if (v.isEmpty()) {
                    return required ? -1 : 0;
                }
                return used && minReps <= 1 && maxReps >= 1 && simple.valid(v) ? 1 : -1;
            }
            List<List<String>> reps = els.repetitions(index);
            boolean any = false;
            for (List<String> comps : reps) {
                for (String c : comps) {
                    if (!c.isEmpty()) {
                        any = true;
                        break;
                    }
                }
            }
            if (!any) {
                return required || reps.size() > 1 || (reps.size() == 1 && reps.get(0).size() > 1) ? -1 : 0;
            }
            if (!used || reps.size() > maxReps || reps.size() < minReps) {
                return -1;
            }
            for (List<String> comps : reps) {
                if (!(components == null ? simpleValid(comps) : compositeValid(comps))) {
                    return -1;
                }
            }
            return 1;
        }

        private boolean simpleValid(List<String> comps) {
            return comps.size() == 1 && simple.valid(comps.get(0));
        }

        private boolean compositeValid(List<String> comps) {
            if (comps.size() > components.length || comps.get(comps.size() - 1).isEmpty()) {
                return false;
            }
            boolean[] present = new boolean[components.length + 1];
            for (int k = 0; k < components.length; k++) {
                String v = k < comps.size() ? comps.get(k) : "";
                if (v.isEmpty()) {
                    if (componentRequired[k]) {
                        return false;
                    }
                    continue;
                }
                if (components[k] == null || !components[k].valid(v)) {
                    return false;
                }
                present[k + 1] = true;
            }
            return syntaxHolds(componentSyntax, present);
        }
    }

    /** What one simple value may be: base type, lengths and code values. */
    private record ValueRule(EDISimpleType.Base base, long minLength, long maxLength, Set<String> codes,
            Set<String> standardCodes) {

        static ValueRule of(EDISimpleType std, ElementImplementation impl) {
            long min = std.getMinLength();
            long max = std.getMaxLength();
            Set<String> codes = Set.of();
            if (impl != null) {
                min = Math.max(min, impl.getMinLength());
                max = Math.min(max, impl.getMaxLength());
                codes = Set.copyOf(impl.getValueSet());
            }
            EDISimpleType.Base base = std.getBase();
            if (std.getScale() != null && base == EDISimpleType.Base.NUMERIC && std.getScale() != 0) {
                base = EDISimpleType.Base.BINARY; // an implied-decimal Nn: StAEDI decides
            }
            return new ValueRule(base, min, max, codes, Set.copyOf(std.getValueSet()));
        }

        boolean valid(String v) {
            int n = v.length();
            return switch (base) {
                case STRING, IDENTIFIER -> n >= minLength && n <= maxLength && text(v)
                        && (codes.isEmpty() || codes.contains(v))
                        && (standardCodes.isEmpty() || standardCodes.contains(v));
                case NUMERIC -> number(v, false);
                case DECIMAL -> number(v, true);
                case DATE -> n == 8 && n >= minLength && n <= maxLength && X12Values.date(v) != null;
                case TIME -> (n == 4 || n == 6) && n >= minLength && n <= maxLength && time(v);
                default -> false;
            };
        }

        /** Printable ASCII without edge spaces (X12 basic and extended character sets). */
        private static boolean text(String v) {
            if (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ') {
                return false;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    return false;
                }
            }
            return true;
        }

        /** Digits (and one decimal point for R), an optional leading minus; digits within the lengths. */
        private boolean number(String v, boolean decimal) {
            int i = v.charAt(0) == '-' ? 1 : 0;
            int digits = 0;
            int points = 0;
            int lastPoint = -1;
            for (int k = i; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == '.' && decimal) {
                    points++;
                    lastPoint = k;
                } else {
                    return false;
                }
            }
            if (digits == 0 || points > 1 || lastPoint == v.length() - 1) {
                return false;
            }
            return digits >= minLength && v.length() <= maxLength;
        }

        private static boolean time(String v) {
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                    return false;
                }
            }
            int h = Integer.parseInt(v, 0, 2, 10);
            int m = Integer.parseInt(v, 2, 4, 10);
            int s = v.length() == 6 ? Integer.parseInt(v, 4, 6, 10) : 0;
            return h < 24 && m < 60 && s < 60;
        }
    }
}
