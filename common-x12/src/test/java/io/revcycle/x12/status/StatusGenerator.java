package io.revcycle.x12.status;

import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.eligibility.Demographics;
import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.eligibility.Gen;

/**
 * Seeded 276 and 277 transactions of many shapes: several payers, receivers, providers, subscribers and
 * dependents; claims with and without lines, references, amounts and dates; one to three status composites. All
 * generated transactions follow the guide and the SNIP 4 rules.
 */
public final class StatusGenerator {

    static final List<String> SVC_QUALIFIERS = List.of("AD", "ER", "HC", "HP", "IV", "N4", "NU", "WK");
    static final List<String> CLAIM_CATEGORIES = List.of("A0", "A1", "A2", "A3", "A4", "A6", "A7", "A8", "D0", "E0",
            "E1", "E2", "E3", "E4", "F0", "F1", "F2", "F3", "F4", "P0", "P1", "P2", "P3", "P4", "P5", "R0", "R1", "R3",
            "R4", "R5", "R16");
    static final List<String> LINE_CATEGORIES = CLAIM_CATEGORIES.stream().filter(c -> !c.startsWith("D")).toList();

    private final Gen g;
    private int trace;

    public StatusGenerator(long seed) {
        this.g = new Gen(seed);
    }

    private EntityName payer() {
        return new EntityName("PR", "2", g.words(3, 40), null, null, null, g.pick("PI", "PI", "XV"), g.id(2, 15));
    }

    private EntityName receiver() {
        return g.name("41", g.chance(0.2), "46", g.id(2, 15));
    }

    private EntityName provider() {
        return g.name("1P", g.chance(0.4), g.pick("XX", "XX", "FI", "SV"), g.digits(10));
    }

    private EntityName subscriber() {
        EntityName n = g.name("IL", g.chance(0.95), g.pick("MI", "MI", "II", "24"), g.id(2, 20));
        return n;
    }

    private EntityName dependent() {
        return new EntityName("QC", "1", g.word(2, 20), g.maybe(0.9, () -> g.word(2, 15)),
                g.maybe(0.3, () -> g.word(1, 1)), g.maybe(0.1, () -> "JR"), null, null);
    }

    private Demographics demographics(boolean dependent) {
        return new Demographics(dependent ? g.date().plusYears(1) : g.date(), g.maybe(0.9, () -> g.pick("F", "M", "U")));
    }

    private String trace() {
        return "TR" + (++trace) + g.id(0, 8);
    }

    // ------------------------------------------------------------------------------------------------ 276

    public ClaimStatusRequest276 request() {
        return new ClaimStatusRequest276(g.id(1, 30), g.recentDate(), g.time(), g.list(1, 2, () -> new Payer276(payer(),
                g.list(1, 2, () -> new Receiver276(receiver(), g.list(1, 2, () -> new Provider276(provider(),
                        g.list(1, 3, this::subscriber276))))))));
    }

    private Subscriber276 subscriber276() {
        if (g.chance(0.35)) {
            return new Subscriber276(g.maybe(0.5, () -> demographics(false)), subscriber(), List.of(),
                    g.list(1, 2, () -> new Dependent276(demographics(true), dependent(), g.list(1, 3, this::claim276))));
        }
        return new Subscriber276(demographics(false), subscriber(), g.list(1, 3, this::claim276), List.of());
    }

    private ClaimInquiry276 claim276() {
        return new ClaimInquiry276(trace(), g.maybe(0.3, () -> g.id(5, 20)), g.maybe(0.2, () -> g.digits(3)),
                g.maybe(0.05, () -> g.id(2, 10)), g.maybe(0.1, () -> g.id(2, 10)), g.maybe(0.8, () -> g.id(5, 20)),
                g.maybe(0.05, () -> g.digits(7)), g.maybe(0.1, () -> g.id(5, 20)), g.maybe(0.7, () -> g.money(20000)),
                g.maybe(0.8, () -> g.period("472")), g.list(0, g.chance(0.3) ? 3 : 0, () -> new LineInquiry276(
                        g.procedure(SVC_QUALIFIERS), g.money(3000), g.maybe(0.2, () -> "0" + g.digits(3)),
                        g.maybe(0.5, g::quantity), g.maybe(0.3, () -> g.id(3, 20)), g.maybe(0.7, () -> g.period("472")))));
    }

    // ------------------------------------------------------------------------------------------------ 277

    public ClaimStatusResponse277 response() {
        return new ClaimStatusResponse277(g.id(1, 30), g.recentDate(), g.time(), g.list(1, 2, () -> new Payer277(payer(),
                g.list(0, g.chance(0.3) ? 1 : 0, g::contact),
                g.list(1, 2, () -> new Receiver277(receiver(), g.list(1, 2, () -> new Provider277(provider(),
                        g.list(1, 3, this::subscriber277))))))));
    }

    private Subscriber277 subscriber277() {
        if (g.chance(0.35)) {
            return new Subscriber277(subscriber(), List.of(),
                    g.list(1, 2, () -> new Dependent277(dependent(), g.list(1, 3, this::claim277))));
        }
        return new Subscriber277(subscriber(), g.list(1, 3, this::claim277), List.of());
    }

    private StatusCode code(List<String> categories) {
        return new StatusCode(g.pick(categories), Integer.toString(g.between(0, 800)),
                g.maybe(0.3, () -> g.pick("QC", "IL", "85", "82", "PR", "41", "1P")), g.maybe(0.05, () -> "RX"));
    }

    private List<StatusCode> codes(List<String> categories) {
        return g.list(1, g.chance(0.3) ? 3 : 1, () -> code(categories));
    }

    private ClaimStatus277 claim277() {
        List<StatusInfo> statuses = g.list(1, g.chance(0.2) ? 3 : 1, () -> {
            boolean paid = g.chance(0.5);
            return new StatusInfo(codes(CLAIM_CATEGORIES), g.recentDate(), g.money(20000),
                    paid ? g.money(20000) : null, g.maybe(0.4, g::recentDate),
                    paid ? g.maybe(0.8, () -> g.pick("ACH", "BOP", "CHK", "FWT", "NON")) : null,
                    paid ? g.maybe(0.7, g::recentDate) : null, paid ? g.maybe(0.7, () -> g.id(3, 16)) : null);
        });
        List<LineStatus277> lines = new ArrayList<>();
        if (g.chance(0.35)) {
            lines = g.list(1, 3, () -> new LineStatus277(g.procedure(SVC_QUALIFIERS), g.money(3000), g.money(3000),
                    g.maybe(0.2, () -> "0" + g.digits(3)), g.maybe(0.5, g::quantity),
                    g.list(1, 2, () -> new StatusInfo(codes(LINE_CATEGORIES), g.recentDate(), null, null, null, null,
                            null, null)),
                    g.maybe(0.3, () -> g.id(3, 20)), g.maybe(0.7, () -> g.period("472"))));
        }
        return new ClaimStatus277(trace(), statuses, g.maybe(0.6, () -> g.id(5, 20)), g.maybe(0.2, () -> g.digits(3)),
                g.maybe(0.8, () -> g.id(5, 20)), g.maybe(0.05, () -> g.digits(7)), g.maybe(0.1, () -> g.id(3, 15)),
                g.maybe(0.1, () -> g.id(5, 20)), g.maybe(0.8, () -> g.period("472")), lines);
    }
}
