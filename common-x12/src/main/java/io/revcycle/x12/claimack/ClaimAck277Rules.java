package io.revcycle.x12.claimack;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.remit.Fields;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * SNIP 4 rules of the 277CA (005010X214): the HL hierarchy (each level's HL02 names an earlier level of its parent
 * kind, HL01 unique, HL04 tells whether children follow) and the STC category code families per level.
 */
public final class ClaimAck277Rules {

    public static final String HL_PARENT = "277CA_HL_PARENT";
    public static final String HL_ID = "277CA_HL_ID";
    public static final String HL_CHILD_CODE = "277CA_HL_CHILD_CODE";
    public static final String STC_CATEGORY = "277CA_STC_CATEGORY";

    /** Acknowledgment categories A0-A8 and response-not-possible categories E0-E4. */
    private static final Pattern ACK_OR_ERROR = Pattern.compile("A[0-8]|E[0-4]");
    /** Data reporting acknowledgment categories DR01-DR08, for claims and encounters only. */
    private static final Pattern DATA_REPORTING = Pattern.compile("DR0[1-8]");

    private ClaimAck277Rules() {
    }

    public static void check(TransactionSet transaction, FindingSink findings) {
        if (transaction == null || transaction.body() == null) {
            return;
        }
        Fields f = new Fields(transaction.controlNumber(), findings);
        try {
            hierarchy(transaction.body(), f);
            categories(transaction.body(), f);
        } catch (RuntimeException e) {
            f.report(Severity.ERROR, SnipLevel.SITUATIONAL, "CHECK_FAILED", null, null, 0,
                    "The 277CA rules could not be checked (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String levelName(String level) {
        return switch (level) {
            case ClaimAcknowledgment277Support.SOURCE -> "information source (2000A)";
            case ClaimAcknowledgment277Support.RECEIVER -> "information receiver (2000B)";
            case ClaimAcknowledgment277Support.PROVIDER -> "billing provider (2000C)";
            default -> "patient (2000D)";
        };
    }

    private static void hierarchy(Loop body, Fields f) {
        List<Loop> loops = ClaimAcknowledgment277Support.hlLoops(body);
        Map<String, String> levelById = new HashMap<>();
        Set<String> parents = new HashSet<>();
        for (Loop l : loops) {
            Segment hl = l.segment("HL").orElseThrow();
            if (!hl.value(2).isEmpty()) {
                parents.add(hl.value(2));
            }
        }
        for (Loop l : loops) {
            String level = ClaimAcknowledgment277Support.levelOf(l);
            Segment hl = l.segment("HL").orElseThrow();
            String id = hl.value(1);
            String parentId = hl.value(2);
            if (!id.isEmpty() && levelById.containsKey(id)) {
                f.report(Severity.ERROR, SnipLevel.SITUATIONAL, HL_ID, hl, level, 1,
                        "HL01 " + id + " is used by an earlier HL segment: each level needs its own id");
            }
            String expected = ClaimAcknowledgment277Support.parentLevel(level);
            if (expected != null) {
                String actual = levelById.get(parentId);
                if (parentId.isEmpty() || actual == null) {
                    f.report(Severity.ERROR, SnipLevel.SITUATIONAL, HL_PARENT, hl, level, 2,
                            "The " + levelName(level) + " HL02 must name an earlier " + levelName(expected)
                                    + " level, but " + (parentId.isEmpty() ? "it is empty"
                                            : "no earlier HL has id " + parentId));
                } else if (!actual.equals(expected)) {
                    f.report(Severity.ERROR, SnipLevel.SITUATIONAL, HL_PARENT, hl, level, 2,
                            "The " + levelName(level) + " HL02 " + parentId + " names a " + levelName(actual)
                                    + " level, but its parent must be a " + levelName(expected) + " level");
                }
            }
            if (!ClaimAcknowledgment277Support.PATIENT.equals(level)) {
                String child = hl.value(4);
                boolean hasChildren = parents.contains(id);
                if (("1".equals(child) && !hasChildren) || ("0".equals(child) && hasChildren)) {
                    f.report(Severity.ERROR, SnipLevel.SITUATIONAL, HL_CHILD_CODE, hl, level, 4,
                            "HL04 " + child + " says the " + levelName(level) + " level "
                                    + (hasChildren ? "has no" : "has") + " levels below it, but it "
                                    + (hasChildren ? "has" : "has none"));
                }
            }
            if (!id.isEmpty()) {
                levelById.putIfAbsent(id, level);
            }
        }
    }

    private static void categories(Loop body, Fields f) {
        for (Loop hl : ClaimAcknowledgment277Support.hlLoops(body)) {
            for (Loop trace : hl.loops()) {
                switch (trace.id()) {
                    case "2200B", "2200C" -> stcs(trace, false, "the " + (trace.id().equals("2200B")
                            ? "information receiver" : "billing provider") + " level", f);
                    case "2200D" -> {
                        stcs(trace, true, "the claim level", f);
                        for (Loop line : trace.loops("2220D")) {
                            stcs(line, true, "the service line level", f);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private static void stcs(Loop loop, boolean claimLevel, String where, Fields f) {
        for (Segment stc : loop.segments("STC")) {
            for (int p : new int[] {1, 10, 11}) {
                String category = stc.component(p, 1);
                if (category.isEmpty()) {
                    continue;
                }
                boolean ok = ACK_OR_ERROR.matcher(category).matches()
                        || (claimLevel && DATA_REPORTING.matcher(category).matches());
                if (!ok) {
                    f.findings().report(new io.revcycle.x12.validate.Finding(Severity.ERROR, SnipLevel.SITUATIONAL,
                            io.revcycle.x12.validate.Location.inTransaction(f.controlNumber(), stc, loop.id(), p, 1),
                            STC_CATEGORY, null,
                            "STC" + String.format("%02d", p) + "-1 category " + category + " is not a claim "
                                    + "acknowledgment category for " + where + ": a 277CA uses A0-A8 or E0-E4"
                                    + (claimLevel ? " (or DR01-DR08 for claims and encounters)" : "")
                                    + "; the P, F, R and D families belong to the 277 claim status response"));
                }
            }
        }
    }
}
