package io.revcycle.x12.status;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.revcycle.x12.eligibility.HlTree;
import io.revcycle.x12.eligibility.MappingContext;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;

/** HL levels and rules shared by the 276 and the 277 (005010X212). */
final class StatusRules {

    static final String PAYER = "20";
    static final String RECEIVER = "21";
    static final String PROVIDER = "19";
    static final String SUBSCRIBER = "22";
    static final String DEPENDENT = "23";

    static final HlTree TREE = new HlTree(PAYER,
            Map.of(RECEIVER, PAYER, PROVIDER, RECEIVER, SUBSCRIBER, PROVIDER, DEPENDENT, SUBSCRIBER),
            Map.of(PAYER, "information source level (HL03 20)", RECEIVER, "information receiver level (HL03 21)",
                    PROVIDER, "service provider level (HL03 19)", SUBSCRIBER, "subscriber level (HL03 22)",
                    DEPENDENT, "dependent level (HL03 23)"));

    static final Loop EMPTY_LOOP = Loop.of("");

    private StatusRules() {
    }

    /** Every claim of a patient level (2200D/E), in document order, with the loop id of each. */
    interface ClaimVisitor {
        void visit(HlTree.Node patient, String suffix, Loop claim);
    }

    /**
     * Walks the patient levels: the subscriber when no dependent follows, else each dependent. Reports
     * {@code code} when a patient level has no claim loop.
     */
    static void patients(Loop body, MappingContext ctx, String code, ClaimVisitor visitor) {
        for (HlTree.Node payer : TREE.build(body)) {
            for (HlTree.Node receiver : payer.children(RECEIVER)) {
                for (HlTree.Node provider : receiver.children(PROVIDER)) {
                    for (HlTree.Node subscriber : provider.children(SUBSCRIBER)) {
                        List<HlTree.Node> dependents = subscriber.children(DEPENDENT);
                        claims(subscriber, "D", dependents.isEmpty(), ctx, code, visitor);
                        for (HlTree.Node dependent : dependents) {
                            claims(dependent, "E", true, ctx, code, visitor);
                        }
                    }
                }
            }
        }
    }

    private static void claims(HlTree.Node node, String suffix, boolean patient, MappingContext ctx, String code,
            ClaimVisitor visitor) {
        List<Loop> claims = node.loop().loops("2200" + suffix);
        if (patient && claims.isEmpty()) {
            ctx.situational(node.hl(), node.loop().id(), 0, 0, code, "I6", "The "
                    + (suffix.equals("D") ? "subscriber" : "dependent") + " is the patient but has no claim (loop 2200"
                    + suffix + " with TRN): each patient level carries at least one claim");
        }
        for (Loop claim : claims) {
            visitor.visit(node, suffix, claim);
        }
    }

    /** Each REF qualifier at most once in a claim loop (the guide lists each once). */
    static void referencesOnce(Loop claim, String loopId, MappingContext ctx, String code) {
        Set<String> seen = new HashSet<>();
        for (Segment ref : claim.segments("REF")) {
            String q = ref.value(1);
            if (!q.isEmpty() && !seen.add(q)) {
                ctx.situational(ref, loopId, 1, 0, code, "I12",
                        "REF*" + q + " appears more than once in the claim: the guide allows it once");
            }
        }
    }
}
