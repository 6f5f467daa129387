package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.revcycle.x12.model.Segment;

/**
 * Seeded generator of valid 837P / 837I transactions of many shapes: 1-3 billing providers, 1-5 subscribers, with
 * and without patient loops, 1-4 claims, 1-12 lines, 0-2 COB payers with claim- or line-level adjudication and CAS,
 * institutional codes. Every generated value satisfies the schema and the SNIP 3/4 rules (balanced amounts, valid
 * NPIs, pointers within the diagnoses).
 */
final class Claim837Generator {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String[] STATES = {"FL", "NY", "CA", "TX", "PA", "MD", "NV"};
    private static final String[] RELATIONSHIPS = {"01", "19", "20", "21", "39", "40", "53", "G8"};
    private static final String[] FILING = {"CI", "MB", "MC", "BL", "HM", "12", "16"};
    private static final String[] CAS_GROUPS = {"CO", "PR", "OA", "PI", "CR"};
    private static final String[] CAS_REASONS = {"45", "1", "2", "3", "23", "42", "94", "A2"};

    private final Random r;
    private final boolean inst;

    Claim837Generator(long seed, boolean institutional) {
        this.r = new Random(seed);
        this.inst = institutional;
    }

    Claim837 next() {
        int bps = 1 + skewed(3);
        List<BillingProvider> billing = new ArrayList<>();
        for (int i = 0; i < bps; i++) {
            billing.add(billingProvider());
        }
        Name submitter = Name.organization("41", word(12), "46", id(9));
        List<Contact> contacts = List.of(contact());
        Name receiver = Name.organization("40", word(10), "46", id(6));
        LocalDate created = date();
        String time = r.nextBoolean() ? "1200" : "093015";
        if (inst) {
            return new Claim837I("00", id(8), created, time, "CH", submitter, contacts, receiver, billing);
        }
        return new Claim837P(r.nextInt(5) == 0 ? "18" : "00", id(8), created, time, r.nextInt(6) == 0 ? "RP" : "CH",
                submitter, contacts, receiver, billing);
    }

    // ------------------------------------------------------------------------------------------------ helpers
    /** 0..max-1 with small values more likely. */
    private int skewed(int max) {
        return Math.min(r.nextInt(max), r.nextInt(max));
    }

    private String word(int max) {
        int n = 2 + r.nextInt(Math.max(1, max - 1));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(LETTERS.charAt(r.nextInt(26)));
        }
        return b.toString();
    }

    private String id(int length) {
        StringBuilder b = new StringBuilder();
        b.append((char) ('1' + r.nextInt(9)));
        for (int i = 1; i < length; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    String npi() {
        String first9 = id(9);
        return first9 + Claim837Rules.npiCheckDigit(first9);
    }

    private LocalDate date() {
        return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
    }

    private BigDecimal money(int maxCents) {
        return BigDecimal.valueOf(100 + r.nextInt(maxCents), 2);
    }

    private Address address() {
        return new Address(id(3) + " " + word(8) + " ST", r.nextInt(4) == 0 ? "SUITE " + id(3) : null, word(10),
                STATES[r.nextInt(STATES.length)], id(5) + (r.nextBoolean() ? id(4) : ""), null, null);
    }

    private Contact contact() {
        List<Contact.Communication> numbers = new ArrayList<>();
        numbers.add(new Contact.Communication("TE", id(10)));
        if (r.nextBoolean()) {
            numbers.add(new Contact.Communication("EX", id(3)));
        }
        return new Contact(r.nextBoolean() ? word(10) : null, numbers);
    }

    private Name person(String entity, String idQualifier, String id) {
        return new Name(entity, "1", word(10), word(8), r.nextInt(3) == 0 ? word(1) : null,
                r.nextInt(8) == 0 ? "JR" : null, idQualifier, id);
    }

    // ------------------------------------------------------------------------------------------------ loops
    private BillingProvider billingProvider() {
        Name name = inst || r.nextBoolean() ? Name.organization("85", word(20), "XX", npi())
                : person("85", "XX", npi());
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("EI", id(9)));
        if (!inst && r.nextInt(4) == 0) {
            refs.add(new Reference("1G", id(6)));
        }
        Provider p = new Provider(name, r.nextBoolean() ? "207Q00000X" : null, address(), refs,
                r.nextBoolean() ? List.of(contact()) : List.of());
        Address payTo = r.nextInt(4) == 0 ? address() : null;
        Provider payToPlan = r.nextInt(8) == 0
                ? new Provider(Name.organization("PE", word(12), "PI", id(7)), null, address(),
                        List.of(new Reference("EI", id(9))), List.of())
                : null;
        int subs = 1 + skewed(5);
        List<Subscriber> subscribers = new ArrayList<>();
        for (int i = 0; i < subs; i++) {
            subscribers.add(subscriber());
        }
        return new BillingProvider(p, r.nextInt(10) == 0 ? "USD" : null, payTo, payToPlan, subscribers);
    }

    private Subscriber subscriber() {
        boolean self = r.nextInt(3) != 0;
        Person person = new Person(person("IL", "MI", id(11)), r.nextBoolean() ? address() : null,
                self || r.nextBoolean() ? date().minusYears(30) : null, r.nextBoolean() ? "F" : "M",
                r.nextInt(5) == 0 ? List.of(new Reference("SY", id(9))) : List.of(), null);
        if (person.birthDate() == null) {
            person = new Person(person.name(), person.address(), null, null, person.references(), null);
        }
        List<Reference> payerRefs = r.nextInt(4) == 0 ? List.of(new Reference("G2", id(6))) : List.of();
        Payer payer = new Payer(Name.organization("PR", word(15), "PI", id(5)), r.nextInt(3) == 0 ? address() : null,
                null, payerRefs);
        PatientDetails details = !inst && r.nextInt(10) == 0 ? new PatientDetails(null, null, true) : null;
        List<Claim> claims = new ArrayList<>();
        List<Patient> patients = new ArrayList<>();
        if (self) {
            int n = 1 + skewed(4);
            for (int i = 0; i < n; i++) {
                claims.add(claim());
            }
        } else {
            int np = 1 + skewed(2);
            for (int i = 0; i < np; i++) {
                Person pt = new Person(person("QC", null, null), address(), date().minusYears(10), "F", List.of(),
                        null);
                List<Claim> pc = new ArrayList<>();
                int n = 1 + skewed(4);
                for (int j = 0; j < n; j++) {
                    pc.add(claim());
                }
                patients.add(new Patient(RELATIONSHIPS[r.nextInt(RELATIONSHIPS.length)], null, pt, pc));
            }
        }
        return new Subscriber(r.nextInt(4) == 0 ? "S" : "P", self ? "18" : null, r.nextBoolean() ? id(6) : null,
                r.nextInt(4) == 0 ? word(10) : null, null, FILING[r.nextInt(FILING.length)], details, person, payer,
                claims, patients);
    }

    // ------------------------------------------------------------------------------------------------ claim
    private Claim claim() {
        int lineCount = 1 + skewed(12);
        List<HealthCode> dx = new ArrayList<>();
        List<HealthCode> other = new ArrayList<>();
        if (inst) {
            dx.add(new HealthCode(r.nextBoolean() ? "ABK" : "BK", icd(), null, null, null,
                    r.nextBoolean() ? "Y" : null));
            if (r.nextBoolean()) {
                dx.add(HealthCode.of("ABJ", icd()));
            }
            int others = skewed(16);
            for (int i = 0; i < others; i++) {
                dx.add(new HealthCode("ABF", icd(), null, null, null, r.nextInt(3) == 0 ? "N" : null));
            }
            if (r.nextBoolean()) {
                other.add(HealthCode.of("DR", id(3)));
            }
            if (r.nextInt(3) == 0) {
                other.add(new HealthCode("BBR", "0" + word(6), date(), null, null, null));
                for (int i = 0; i < skewed(4); i++) {
                    other.add(new HealthCode("BBQ", "0" + word(6), date(), null, null, null));
                }
            }
            for (int i = 0; i < skewed(4); i++) {
                LocalDate from = date();
                other.add(new HealthCode("BI", "7" + i, from, from.plusDays(r.nextInt(9)), null, null));
            }
            for (int i = 0; i < skewed(5); i++) {
                other.add(new HealthCode("BH", "1" + i, date(), null, null, null));
            }
            for (int i = 0; i < skewed(5); i++) {
                other.add(new HealthCode("BE", "8" + i, null, null, money(100000), null));
            }
            for (int i = 0; i < skewed(4); i++) {
                other.add(HealthCode.of("BG", "0" + (i + 1)));
            }
        } else {
            int n = 1 + skewed(12);
            for (int i = 0; i < n; i++) {
                dx.add(HealthCode.of(i == 0 ? (r.nextInt(5) == 0 ? "BK" : "ABK") : (r.nextInt(5) == 0 ? "BF" : "ABF"),
                        icd()));
            }
            if (r.nextInt(6) == 0) {
                other.add(HealthCode.of("BG", "0" + (1 + r.nextInt(9))));
            }
        }
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lineCount; i++) {
            Line line = line(i + 1, dx.size());
            lines.add(line);
            total = total.add(line.charge());
        }
        List<OtherSubscriber> cob = new ArrayList<>();
        int payers = skewed(3);
        for (int i = 0; i < payers; i++) {
            String payerId = "OP" + id(5);
            boolean lineLevel = r.nextBoolean();
            BigDecimal paid = BigDecimal.ZERO;
            List<Adjustment> claimAdjustments = new ArrayList<>();
            if (lineLevel) {
                List<Line> adjudicated = new ArrayList<>();
                for (Line line : lines) {
                    BigDecimal charge = line.charge();
                    BigDecimal adjust = charge.multiply(BigDecimal.valueOf(r.nextInt(60)))
                            .divide(BigDecimal.valueOf(100),
                            2, java.math.RoundingMode.DOWN);
                    BigDecimal linePaid = charge.subtract(adjust);
                    paid = paid.add(linePaid);
                    List<Adjustment> cas = splitAdjustments(adjust);
                    LineAdjudication a = new LineAdjudication(payerId, linePaid, procedureOf(line), inst
                            ? line.institutional().revenueCode() : null, BigDecimal.ONE, null, cas,
                            r.nextBoolean() ? date() : LocalDate.of(2024, 1, 2),
                            r.nextInt(4) == 0 ? adjust : null);
                    List<LineAdjudication> all = new ArrayList<>(line.adjudications());
                    all.add(a);
                    adjudicated.add(withAdjudications(line, all));
                }
                lines = adjudicated;
            } else {
                BigDecimal adjust = total.multiply(BigDecimal.valueOf(r.nextInt(60))).divide(BigDecimal.valueOf(100), 2,
                        java.math.RoundingMode.DOWN);
                paid = total.subtract(adjust);
                claimAdjustments = splitAdjustments(adjust);
            }
            cob.add(otherSubscriber(payerId, paid, claimAdjustments));
        }
        List<ClaimDate> dates = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        List<Segment> others = new ArrayList<>();
        List<Provider> providers = new ArrayList<>();
        Institutional cl1 = null;
        if (inst) {
            LocalDate from = date();
            dates.add(ClaimDate.between("434", from, from.plusDays(r.nextInt(10))));
            if (r.nextBoolean()) {
                dates.add(r.nextBoolean() ? ClaimDate.on("435", from) : new ClaimDate("435", from, null, "0830"));
            }
            if (r.nextInt(3) == 0) {
                dates.add(new ClaimDate("096", null, null, "1130"));
            }
            cl1 = new Institutional(String.valueOf(1 + r.nextInt(5)), r.nextBoolean() ? "7" : null, "01");
            if (r.nextBoolean()) {
                amounts.add(new Amount("F3", money(5000)));
            }
            if (r.nextBoolean()) {
                notes.add(new Note("ALG", word(20)));
            }
            if (r.nextInt(3) == 0) {
                notes.add(new Note("ADD", word(20)));
            }
            providers.add(new Provider(person("71", "XX", npi()), r.nextBoolean() ? "207R00000X" : null, null,
                    r.nextBoolean() ? List.of(new Reference("G2", id(6))) : List.of(), List.of()));
            if (r.nextInt(3) == 0) {
                providers.add(Provider.of(person("72", "XX", npi())));
            }
            if (r.nextInt(4) == 0) {
                providers.add(new Provider(Name.organization("77", word(12), "XX", npi()), null, address(), List.of(),
                        List.of()));
            }
            if (r.nextInt(4) == 0) {
                providers.add(Provider.of(person("DN", "XX", npi())));
            }
        } else {
            if (r.nextBoolean()) {
                dates.add(ClaimDate.on("431", date()));
            }
            if (r.nextInt(4) == 0) {
                dates.add(ClaimDate.on("439", date()));
            }
            if (r.nextInt(5) == 0) {
                dates.add(ClaimDate.between("314", date(), date().plusYears(1)));
            }
            if (r.nextInt(4) == 0) {
                amounts.add(new Amount("F5", money(3000)));
            }
            if (r.nextInt(4) == 0) {
                notes.add(new Note("ADD", word(25)));
            }
            if (r.nextBoolean()) {
                providers.add(new Provider(person("82", "XX", npi()), r.nextBoolean() ? "207Q00000X" : null, null,
                        List.of(), List.of()));
            }
            if (r.nextInt(4) == 0) {
                providers.add(Provider.of(person(r.nextBoolean() ? "DN" : "P3", "XX", npi())));
            }
            if (r.nextInt(4) == 0) {
                providers.add(new Provider(Name.organization("77", word(12), "XX", npi()), null, address(),
                        List.of(new Reference("G2", id(5))), List.of()));
            }
            if (r.nextInt(6) == 0) {
                providers.add(Provider.of(person("DQ", "XX", npi())));
            }
            if (r.nextInt(8) == 0) {
                others.add(Segment.of("CR2", null, null, null, null, null, null, null, "A", null, word(10)));
            }
        }
        if (r.nextBoolean()) {
            refs.add(new Reference("G1", id(8)));
        }
        if (r.nextInt(3) == 0) {
            refs.add(new Reference("EA", word(8)));
        }
        if (r.nextInt(4) == 0) {
            refs.add(new Reference("D9", id(12)));
        }
        if (r.nextInt(5) == 0) {
            refs.add(new Reference("F8", id(10)));
        }
        if (r.nextInt(6) == 0) {
            others.add(Segment.of("PWK", "OZ", "BM"));
        }
        if (r.nextInt(6) == 0) {
            others.add(Segment.of("K3", word(20)));
        }
        RelatedCauses causes = !inst && r.nextInt(6) == 0 ? new RelatedCauses(List.of("AA"), "FL", null) : null;
        String frequency = inst ? "1" : r.nextInt(5) == 0 ? "7" : "1";
        dates = Guide837.ordered(dates, inst ? Guide837.CLAIM_DATES_I : Guide837.CLAIM_DATES_P, ClaimDate::qualifier);
        refs = Guide837.ordered(refs, inst ? Guide837.CLAIM_REFS_I : Guide837.CLAIM_REFS_P, Reference::qualifier);
        notes = Guide837.ordered(notes, inst ? Guide837.CLAIM_NOTES_I : List.of(), Note::code);
        providers = Guide837.ordered(providers, inst ? Guide837.CLAIM_PROVIDERS_I : Guide837.CLAIM_PROVIDERS_P,
                Provider::role);
        others = Guide837.ordered(others, List.of("PWK", "CN1", "K3", "CR1", "CR2", "CRC", "HCP"), Segment::id);
        return new Claim(id(10), total, inst ? "1" + (1 + r.nextInt(3)) : "11", frequency, inst ? null : "Y",
                r.nextBoolean() ? "A" : "C", "Y", "Y", inst ? null : (r.nextBoolean() ? "P" : null), causes,
                null, r.nextInt(10) == 0 ? "1" : null, dates, cl1, amounts, refs, notes, dx, other, providers, cob,
                lines, others);
    }

    private String icd() {
        return LETTERS.charAt(r.nextInt(26)) + id(2 + r.nextInt(4));
    }

    private List<Adjustment> splitAdjustments(BigDecimal total) {
        List<Adjustment> out = new ArrayList<>();
        if (total.signum() == 0) {
            return out;
        }
        int parts = 1 + skewed(3);
        BigDecimal left = total;
        for (int i = 0; i < parts; i++) {
            BigDecimal a = i == parts - 1 ? left
                    : left.multiply(BigDecimal.valueOf(r.nextInt(100))).divide(BigDecimal.valueOf(100), 2,
                            java.math.RoundingMode.DOWN);
            left = left.subtract(a);
            out.add(new Adjustment(CAS_GROUPS[r.nextInt(CAS_GROUPS.length)], CAS_REASONS[r.nextInt(CAS_REASONS.length)],
                    a, r.nextInt(5) == 0 ? BigDecimal.ONE : null));
        }
        return out;
    }

    private OtherSubscriber otherSubscriber(String payerId, BigDecimal paid, List<Adjustment> adjustments) {
        Person person = new Person(person("IL", "MI", id(10)), r.nextBoolean() ? address() : null, null, null,
                List.of(), null);
        Payer payer = new Payer(Name.organization("PR", word(12), "PI", payerId), null,
                r.nextBoolean() ? date() : null, r.nextInt(3) == 0 ? List.of(new Reference("F8", id(9))) : List.of());
        List<Provider> providers = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            providers.add(new Provider(new Name("82", "1", null, null, null, null, null, null), null, null,
                    List.of(new Reference("G2", id(6))), List.of()));
        }
        Segment mia = inst && r.nextInt(4) == 0 ? Segment.of("MIA", "0", null, null, "125.00") : null;
        Segment moa = r.nextInt(4) == 0 ? Segment.of("MOA", null, null, "MA01") : null;
        BigDecimal remaining = r.nextInt(3) == 0 ? money(2000) : null;
        String relationship = RELATIONSHIPS[r.nextInt(RELATIONSHIPS.length)].equals("01") ? "01" : "18";
        return new OtherSubscriber(r.nextBoolean() ? "S" : "T", relationship, r.nextBoolean() ? id(6) : null, null,
                null, FILING[r.nextInt(FILING.length)],
                adjustments, paid, r.nextInt(5) == 0 ? money(500) : null, remaining, "Y",
                inst ? null : (r.nextBoolean() ? "P" : null), "Y", mia, moa, person, payer, providers);
    }

    // ------------------------------------------------------------------------------------------------ lines
    private Line line(int number, int diagnoses) {
        List<ClaimDate> dates = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Segment> others = new ArrayList<>();
        List<Provider> providers = new ArrayList<>();
        ProfessionalService sv1 = null;
        InstitutionalService sv2 = null;
        BigDecimal charge = money(50000);
        if (inst) {
            Procedure proc = r.nextBoolean() ? Procedure.hcpcs(id(5)) : null;
            sv2 = new InstitutionalService("0" + id(3), proc, charge, r.nextInt(4) == 0 ? "DA" : "UN",
                    BigDecimal.valueOf(1 + r.nextInt(5)), r.nextInt(6) == 0 ? money(1000) : null);
            if (r.nextBoolean()) {
                dates.add(ClaimDate.on("472", date()));
            }
            if (r.nextInt(4) == 0) {
                amounts.add(new Amount("GT", money(300)));
            }
            if (r.nextInt(6) == 0) {
                providers.add(Provider.of(person("72", "XX", npi())));
            }
            if (r.nextInt(6) == 0) {
                providers.add(Provider.of(person("82", "XX", npi())));
            }
        } else {
            List<String> mods = new ArrayList<>();
            for (int i = 0; i < skewed(4); i++) {
                mods.add(String.valueOf(LETTERS.charAt(r.nextInt(26))) + r.nextInt(10));
            }
            List<Integer> pointers = new ArrayList<>();
            int np = 1 + skewed(Math.min(4, diagnoses));
            for (int i = 0; i < np; i++) {
                pointers.add(1 + r.nextInt(diagnoses));
            }
            Procedure proc = new Procedure(r.nextInt(10) == 0 ? "WK" : "HC", id(5), mods,
                    r.nextInt(10) == 0 ? word(15) : null);
            String unit = r.nextInt(5) == 0 ? "MJ" : "UN";
            BigDecimal qty = r.nextBoolean() ? BigDecimal.ONE : new BigDecimal(1 + r.nextInt(20) + "." + r.nextInt(10));
            sv1 = new ProfessionalService(proc, charge, unit, qty, r.nextInt(3) == 0 ? "11" : null, pointers,
                    r.nextInt(8) == 0 ? "Y" : null, r.nextInt(10) == 0 ? "Y" : null, null,
                    r.nextInt(10) == 0 ? "0" : null);
            dates.add(r.nextInt(4) == 0 ? ClaimDate.between("472", date(), date().plusDays(3))
                    : ClaimDate.on("472", date()));
            if (r.nextInt(5) == 0) {
                dates.add(ClaimDate.on("471", date()));
            }
            if (r.nextInt(6) == 0) {
                amounts.add(new Amount("T", money(500)));
            }
            if (r.nextInt(6) == 0) {
                notes.add(new Note("ADD", word(20)));
            }
            if (r.nextInt(5) == 0) {
                providers.add(new Provider(person("82", "XX", npi()), r.nextBoolean() ? "207Q00000X" : null, null,
                        List.of(), List.of()));
            }
            if (r.nextInt(10) == 0) {
                providers.add(new Provider(Name.organization("77", word(12), "XX", npi()), null, address(),
                        List.of(), List.of()));
            }
            if (r.nextInt(8) == 0) {
                others.add(Segment.of("QTY", "PT", "2"));
            }
            if (r.nextInt(12) == 0) {
                others.add(Segment.of("LQ", "UT", "01.02"));
                others.add(Segment.of("FRM", "1", "Y"));
            }
        }
        if (r.nextBoolean()) {
            refs.add(new Reference("6R", id(8)));
        }
        if (r.nextInt(8) == 0) {
            others.add(Segment.of("HCP", "00", "10.00"));
        }
        Drug drug = r.nextInt(10) == 0 ? new Drug("N4", id(11), new BigDecimal("10.5"), "ML",
                r.nextBoolean() ? new Reference("XZ", id(7)) : null) : null;
        providers = Guide837.ordered(providers, inst ? Guide837.LINE_PROVIDERS_I : Guide837.LINE_PROVIDERS_P,
                Provider::role);
        others = Guide837.ordered(others, List.of("SV5", "PWK", "CR1", "CR3", "CRC", "QTY", "MEA", "CN1", "K3", "PS1",
                "HCP", "LQ", "FRM"), Segment::id);
        return new Line(number, sv1, sv2, dates, refs, amounts, notes, drug, providers, List.of(), others);
    }

    private static Procedure procedureOf(Line line) {
        if (line.professional() != null) {
            return line.professional().procedure();
        }
        return line.institutional().procedure();
    }

    private static Line withAdjudications(Line l, List<LineAdjudication> adjudications) {
        return new Line(l.number(), l.professional(), l.institutional(), l.dates(), l.references(), l.amounts(),
                l.notes(), l.drug(), l.providers(), adjudications, l.otherSegments());
    }
}
