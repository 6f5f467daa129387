package io.revcycle.x12.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;

/** HL levels and situational rules shared by the 270 and the 271. */
final class EligibilityRules {

    static final String SOURCE = "20";
    static final String RECEIVER = "21";
    static final String SUBSCRIBER = "22";
    static final String DEPENDENT = "23";

    static final HlTree TREE = new HlTree(SOURCE, Map.of(RECEIVER, SOURCE, SUBSCRIBER, RECEIVER, DEPENDENT,
            SUBSCRIBER), Map.of(SOURCE, "information source level (HL03 20)", RECEIVER,
                    "information receiver level (HL03 21)", SUBSCRIBER, "subscriber level (HL03 22)", DEPENDENT,
                    "dependent level (HL03 23)"));

    static final Loop EMPTY_LOOP = Loop.of("");

    private EligibilityRules() {
    }

    /**
     * The guide's dependent rule: a dependent loop is used only when the patient is not the subscriber. A dependent
     * with the subscriber's name and birth date is the subscriber, sent in the wrong loop.
     */
    static void dependentIsNotSubscriber(HlTree.Node subscriber, String subscriberNameLoop, HlTree.Node dependent,
            String dependentNameLoop, MappingContext ctx) {
        Loop s = subscriber.loop(subscriberNameLoop).orElse(EMPTY_LOOP);
        Loop d = dependent.loop(dependentNameLoop).orElse(EMPTY_LOOP);
        Segment sn = s.segment("NM1").orElse(null);
        Segment dn = d.segment("NM1").orElse(null);
        if (sn == null || dn == null) {
            return;
        }
        LocalDate sb = birthDate(s);
        LocalDate db = birthDate(d);
        if (sb != null && sb.equals(db) && same(sn.value(3), dn.value(3)) && same(sn.value(4), dn.value(4))) {
            ctx.situational(dependent.hl(), dependent.loop().id(), 0, 0, "DEPENDENT_IS_SUBSCRIBER", "I9",
                    "The dependent has the subscriber's name and birth date: when the patient is the subscriber,"
                            + " the dependent level is not used and the request goes in the subscriber loop");
        }
    }

    /**
     * EQ05 / EB14 diagnosis code pointers point to one of the member's HI codes (1 = HI01 ... 8 = HI08) of the same
     * name loop.
     */
    static void diagnosisPointers(Loop nameLoop, String inquiryLoop, String segmentId, int element,
            MappingContext ctx) {
        int codes = Parts.healthCodes(nameLoop.segment("HI").orElse(null)).size();
        for (Loop l : nameLoop.loops(inquiryLoop)) {
            Segment s = l.segment(segmentId).orElse(null);
            if (s == null) {
                continue;
            }
            List<String> pointers = s.element(element).components();
            for (int c = 0; c < pointers.size(); c++) {
                String p = pointers.get(c);
                if (p.isEmpty()) {
                    continue;
                }
                Integer n = Parts.integer(p);
                if (n == null || n < 1 || n > codes) {
                    ctx.situational(s, inquiryLoop, element, c + 1, "DIAGNOSIS_POINTER", "I12", segmentId
                            + String.format("%02d", element) + "-" + (c + 1) + " (diagnosis code pointer) "
                            + (codes == 0 ? "points to a diagnosis, but the name loop has no HI segment"
                                    : "must point to one of the " + codes + " diagnosis codes of the name loop's HI"
                                            + " segment (1 to " + codes + ")"));
                }
            }
        }
    }

    private static LocalDate birthDate(Loop nameLoop) {
        return nameLoop.segment("DMG").map(d -> Parts.date(Parts.text(d, 2))).orElse(null);
    }

    private static boolean same(String a, String b) {
        return !a.isEmpty() && Objects.equals(a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT));
    }
}
