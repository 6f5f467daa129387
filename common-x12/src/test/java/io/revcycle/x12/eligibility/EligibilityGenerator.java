package io.revcycle.x12.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Seeded 270 and 271 transactions of many shapes: several sources, receivers, subscribers and dependents; optional
 * segments on and off; repeats; rejections at each level of the 271; related entities, HSD, MSG, III loops.
 * Everything generated follows the guide and the SNIP 4 rules, so it must read back with no finding.
 */
public final class EligibilityGenerator {

    static final List<String> SERVICE_TYPES = List.of("1", "30", "33", "35", "47", "48", "50", "86", "88", "98", "AL",
            "MH", "UC", "BZ", "A7", "4", "5", "42", "45", "BY");
    static final List<String> PROCEDURE_QUALIFIERS = List.of("AD", "CJ", "HC", "ID", "IV", "N4", "ZZ");
    static final List<String> EB_CODES = List.of("1", "2", "3", "4", "5", "6", "7", "8", "A", "B", "C", "CB", "D",
            "E", "F", "G", "H", "I", "J", "K", "L", "M", "MC", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X",
            "Y");
    static final List<String> COVERAGE = List.of("CHD", "DEP", "ECH", "EMP", "ESP", "FAM", "IND", "SPC", "SPO", "TWO");
    static final List<String> INSURANCE = List.of("12", "13", "14", "15", "16", "41", "47", "C1", "CO", "HM", "HN",
            "MA", "MB", "MC", "PR", "PS", "QM", "SP", "WC");

    private final Gen g;

    public EligibilityGenerator(long seed) {
        this.g = new Gen(seed);
    }

    // ------------------------------------------------------------------------------------------------ 270

    public EligibilityInquiry270 inquiry() {
        return new EligibilityInquiry270(g.pick("13", "13", "01"), g.id(1, 30), g.recentDate(), g.time(),
                g.list(1, 2, this::source270));
    }

    private Source270 source270() {
        return new Source270(sourceName(), g.list(1, 2, this::receiver270));
    }

    private EntityName sourceName() {
        return g.name(g.pick("PR", "PR", "2B", "36", "GP", "P5"), g.chance(0.1),
                g.pick("PI", "PI", "24", "46", "FI", "NI", "XV", "XX"), g.id(2, 20));
    }

    private EntityName receiverName(boolean nameRequired) {
        boolean person = g.chance(0.3);
        EntityName n = g.name(g.pick("1P", "1P", "2B", "36", "80", "FA", "GP", "P5", "PR"), person,
                g.pick("XX", "XX", "24", "34", "FI", "PI", "PP", "SV", "XV"), g.digits(10));
        if (!nameRequired && g.chance(0.1)) {
            n = new EntityName(n.entityCode(), n.entityType(), null, null, null, null, n.idQualifier(), n.id());
        }
        return n;
    }

    private List<Reference> receiverRefs() {
        return g.list(0, g.chance(0.2) ? 3 : 1, () -> new Reference(g.pick("0B", "1C", "1D", "1J", "4A", "CT", "EL",
                "EO", "HPI", "JD", "N5", "N7", "Q4", "SY", "TJ"), g.id(1, 20), g.maybe(0.2, () -> g.words(2, 40))));
    }

    private Receiver270 receiver270() {
        return new Receiver270(receiverName(false), receiverRefs(), g.maybe(0.3, g::address),
                g.maybe(0.3, g::provider), g.list(1, 3, this::subscriber270));
    }

    private Subscriber270 subscriber270() {
        boolean withDependents = g.chance(0.35);
        Member270 subscriber = member270(false, !withDependents);
        List<Member270> dependents = withDependents ? g.list(1, 2, () -> member270(true, true)) : List.of();
        return new Subscriber270(subscriber, dependents);
    }

    private List<Trace> traces(int max, String... types) {
        return g.list(0, max, () -> new Trace(g.pick(types), g.id(1, 30), g.pick("1", "9") + g.digits(9),
                g.maybe(0.3, () -> g.id(1, 20))));
    }

    private EntityName memberName(boolean dependent) {
        if (dependent) {
            return new EntityName("03", "1", g.word(2, 20), g.word(2, 15), g.maybe(0.3, () -> g.word(1, 1)),
                    g.maybe(0.1, () -> "JR"), null, null);
        }
        boolean idPresent = g.chance(0.9);
        boolean person = g.chance(0.95);
        EntityName n = g.name("IL", person, idPresent ? g.pick("MI", "MI", "II") : null,
                idPresent ? g.id(2, 20) : null);
        if (g.chance(0.05)) {
            n = new EntityName("IL", n.entityType(), null, null, null, null, n.idQualifier(), n.id());
        }
        return n;
    }

    private List<Reference> memberRefs(boolean descriptions) {
        return g.list(0, g.chance(0.2) ? 3 : 1, () -> new Reference(g.pick("18", "1L", "1W", "3H", "6P", "CT", "EA",
                "EJ", "F6", "GH", "HJ", "IG", "MRC", "N6", "SY", "Y4"), g.id(1, 20),
                descriptions ? g.maybe(0.2, () -> g.words(2, 40)) : null));
    }

    private InsuredInfo insured(boolean dependent, boolean response) {
        return new InsuredInfo(dependent ? "N" : "Y",
                dependent ? g.pick("01", "19", "20", "21", "39", "40", "53", "G8") : "18",
                response ? g.maybe(0.5, () -> "001") : null, response ? g.maybe(0.5, () -> "25") : null,
                g.maybe(0.3, () -> Integer.toString(g.between(1, 9))));
    }

    private List<HealthCode> diagnoses() {
        if (!g.chance(0.3)) {
            return List.of();
        }
        boolean icd10 = g.chance(0.8);
        List<HealthCode> codes = new ArrayList<>();
        codes.add(new HealthCode(icd10 ? "ABK" : "BK", g.pick("E", "I", "J", "M") + g.digits(g.between(2, 4))));
        int more = g.between(0, 7);
        for (int i = 0; i < more; i++) {
            codes.add(new HealthCode(icd10 ? "ABF" : "BF", g.pick("E", "I", "J", "M") + g.digits(g.between(2, 4))));
        }
        return codes;
    }

    private List<Integer> pointers(int diagnoses) {
        if (diagnoses == 0 || !g.chance(0.5)) {
            return List.of();
        }
        return g.list(1, Math.min(4, diagnoses), () -> g.between(1, diagnoses));
    }

    private Member270 member270(boolean dependent, boolean patient) {
        List<HealthCode> diagnoses = diagnoses();
        Demographics dmg = g.chance(dependent ? 0.9 : 0.7)
                ? new Demographics(dependent ? g.date().plusYears(1) : g.date(), g.maybe(0.8, () -> g.pick("F", "M", "U")))
                : null;
        return new Member270(traces(2, "1"), memberName(dependent), memberRefs(false), g.maybe(0.3, g::address),
                g.maybe(0.2, g::provider), dmg, g.maybe(0.3, () -> insured(dependent, false)), diagnoses,
                g.list(0, 2, () -> g.period(g.pick("102", "291"))),
                g.list(patient ? 1 : 0, 3, () -> inquiry270(diagnoses.size())));
    }

    private Inquiry270 inquiry270(int diagnoses) {
        List<String> types = g.list(0, 3, () -> g.pick(SERVICE_TYPES));
        ProcedureCode procedure = types.isEmpty() || g.chance(0.2) ? g.procedure(PROCEDURE_QUALIFIERS) : null;
        return new Inquiry270(types, procedure, g.maybe(0.3, () -> "FAM"), pointers(diagnoses),
                g.maybe(0.1, () -> g.money(5000)), g.maybe(0.2, () -> g.money(5000)),
                g.list(0, g.chance(0.2) ? 2 : 0, () -> IndustryCode.of("ZZ", g.digits(2))),
                g.maybe(0.2, () -> Reference.of(g.pick("9F", "G1"), g.id(1, 20))),
                g.maybe(0.4, () -> g.period("291")));
    }

    // ------------------------------------------------------------------------------------------------ 271

    public EligibilityResponse271 response() {
        return new EligibilityResponse271(g.pick("11", "11", "06"), g.maybe(0.8, () -> g.id(1, 30)), g.recentDate(),
                g.time(), g.list(1, 2, this::source271));
    }

    private Rejection rejection(String... reasons) {
        return new Rejection(g.chance(0.7), g.pick(reasons), g.pick("C", "N", "P", "R", "S", "W", "X", "Y"));
    }

    private Source271 source271() {
        boolean levelRejected = g.chance(0.05);
        boolean nameRejected = !levelRejected && g.chance(0.05);
        String[] reasons = { "04", "41", "42", "79", "80", "T4" };
        List<Receiver271> receivers = levelRejected || nameRejected ? List.of() : g.list(1, 2, this::receiver271);
        return new Source271(levelRejected ? List.of(rejection(reasons)) : List.of(), sourceName(),
                g.list(0, g.chance(0.3) ? 2 : 0, g::contact), nameRejected ? g.list(1, 2, () -> rejection(reasons)) : List.of(),
                receivers);
    }

    private Receiver271 receiver271() {
        boolean rejected = g.chance(0.08);
        return new Receiver271(receiverName(false), receiverRefs(), g.maybe(0.3, g::address),
                rejected ? g.list(1, 2, () -> rejection("15", "41", "43", "44", "45", "46", "47", "48", "50", "51",
                        "79", "97", "T4")) : List.of(),
                g.maybe(0.3, g::provider), rejected ? List.of() : g.list(1, 3, this::subscriber271));
    }

    private Subscriber271 subscriber271() {
        boolean withDependents = g.chance(0.35);
        Member271 subscriber = member271(false, !withDependents);
        List<Member271> dependents = withDependents ? g.list(1, 2, () -> member271(true, true)) : List.of();
        return new Subscriber271(subscriber, dependents);
    }

    private Member271 member271(boolean dependent, boolean patient) {
        boolean rejected = g.chance(0.1);
        List<HealthCode> diagnoses = diagnoses();
        List<Rejection> rejections = rejected ? g.list(1, 2, () -> rejection("15", "35", "42", "43", "45", "47",
                "48", "49", "51", "52", "56", "57", "58", "60", "61", "62", "63", "71", "72", "73", "75", "76"))
                : List.of();
        List<Benefit> benefits = rejected ? List.of() : g.list(patient ? 1 : 0, 6, () -> benefit(diagnoses.size()));
        Demographics dmg = g.chance(0.8)
                ? new Demographics(dependent ? g.date().plusYears(1) : g.date(), g.maybe(0.8, () -> g.pick("F", "M", "U")))
                : null;
        return new Member271(traces(3, "1", "2"), memberName(dependent), memberRefs(true), g.maybe(0.4, g::address),
                rejections, g.maybe(0.2, g::provider), dmg, g.maybe(0.4, () -> insured(dependent, true)), diagnoses,
                g.list(0, 3, () -> g.period(g.pick("102", "291", "307", "346", "347", "356", "357", "472", "539"))),
                g.maybe(0.05, this::military), benefits);
    }

    private MilitaryInfo military() {
        return new MilitaryInfo(g.pick("A", "C", "L", "O", "P", "S", "T"), g.pick("AE", "AO", "AS", "AT", "CC"),
                g.pick("A", "B", "C", "D", "E"), g.maybe(0.5, () -> g.words(2, 40)), g.maybe(0.5, () -> g.pick("A1", "C1", "E1")),
                g.maybe(0.5, () -> g.period(null)));
    }

    private Benefit benefit(int diagnoses) {
        boolean quantity = g.chance(0.2);
        List<RelatedEntity> related = g.chance(0.15) ? g.list(1, 2, this::related) : List.of();
        return new Benefit(g.pick(EB_CODES), g.maybe(0.4, () -> g.pick(COVERAGE)),
                g.list(0, g.chance(0.2) ? 10 : 2, () -> g.pick(SERVICE_TYPES)), g.maybe(0.3, () -> g.pick(INSURANCE)),
                g.maybe(0.3, () -> g.words(3, 50)), g.maybe(0.3, () -> g.pick("6", "7", "13", "21", "22", "23", "24",
                        "25", "26", "27", "29", "32")),
                g.maybe(0.3, () -> g.money(9000)), g.maybe(0.2, g::percent), quantity ? g.pick("VS", "DY", "HS", "99") : null,
                quantity ? g.quantity() : null, g.maybe(0.2, () -> g.pick("N", "U", "Y")),
                g.maybe(0.4, () -> g.pick("N", "U", "W", "Y")), g.maybe(0.1, () -> g.procedure(PROCEDURE_QUALIFIERS)),
                pointers(diagnoses), g.list(0, g.chance(0.15) ? 2 : 0, this::delivery),
                g.list(0, g.chance(0.2) ? 2 : 0, () -> new Reference(g.pick("18", "1L", "1W", "49", "6P", "9F", "ALS",
                        "CE", "F8", "FO", "G1", "IG", "N6"), g.id(1, 20), g.maybe(0.3, () -> g.words(2, 40)))),
                g.list(0, g.chance(0.3) ? 2 : 0, () -> g.period(g.pick("096", "193", "194", "198", "290", "291", "292",
                        "295", "304", "307", "318", "346", "347", "348", "349", "356", "357", "435", "472", "636", "771"))),
                g.list(0, g.chance(0.05) ? 1 : 0, () -> rejection("15", "33", "52", "53", "54", "55", "56", "57", "60",
                        "61", "62", "63", "69", "70", "98", "AA", "AE", "AF", "AG", "AO", "CI", "E8", "IA", "MA")),
                g.list(0, g.chance(0.2) ? 3 : 0, () -> g.words(8, 200)),
                g.list(0, g.chance(0.1) ? 2 : 0, () -> new IndustryCode(g.pick("GR", "NI", "ZZ"), g.digits(2),
                        g.maybe(0.3, () -> "44"), g.maybe(0.3, () -> g.words(3, 60)))),
                related);
    }

    private ServiceDelivery delivery() {
        boolean qty = g.chance(0.7);
        String period = g.maybe(0.5, () -> g.pick("6", "7", "21", "22", "23", "24", "25", "26", "27", "34", "35"));
        return new ServiceDelivery(qty ? g.pick("DY", "FL", "HS", "MN", "VS") : null, qty ? g.quantity() : null,
                g.maybe(0.4, () -> g.pick("DA", "MO", "VS", "WK", "YR")), g.maybe(0.1, () -> g.quantity()), period,
                period == null ? null : g.maybe(0.6, () -> g.between(1, 99)), g.maybe(0.2, () -> g.pick("1", "A", "SG")),
                g.maybe(0.2, () -> g.pick("A", "B", "D")));
    }

    private RelatedEntity related() {
        boolean id = g.chance(0.7);
        EntityName name = g.name(g.pick("13", "1I", "1P", "2B", "36", "73", "7C", "80", "FA", "GP", "I3", "IL",
                "P3", "P4", "P5", "PR", "PRP", "SEP", "TTP", "VN", "X3", "Y2"), g.chance(0.5),
                id ? g.pick("24", "34", "46", "FA", "FI", "II", "MI", "NI", "PI", "PP", "SV", "XV", "XX") : null,
                id ? g.id(2, 20) : null);
        return new RelatedEntity(name, g.maybe(0.2, () -> g.pick("01", "02", "27", "41", "48", "65", "72")),
                g.maybe(0.3, g::address), g.list(0, g.chance(0.3) ? 2 : 0, g::contact), g.maybe(0.3, g::provider));
    }
}
