package io.revcycle.x12.claim;

import static io.revcycle.x12.claim.Fields.comp;
import static io.revcycle.x12.claim.Fields.date;
import static io.revcycle.x12.claim.Fields.dec;
import static io.revcycle.x12.claim.Fields.family;
import static io.revcycle.x12.claim.Fields.integer;
import static io.revcycle.x12.claim.Fields.str;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * Loop tree of an 837 body to typed records. Loops are recognised by their family ("2010" for 2010AA or L2010) and
 * their content (HL03, NM101), so a tree whose implementation loop ids were lost after an error still maps. The HL
 * hierarchy is rebuilt from HL01/HL02; an HL whose parent is missing or of the wrong level is attached to the latest
 * HL of the right level (the rules report it).
 */
final class Claim837Reader {

    private final boolean inst;
    private final TransactionSet tx;
    private final FindingSink findings;

    private Claim837Reader(TransactionSet tx, boolean inst, FindingSink findings) {
        this.tx = tx;
        this.inst = inst;
        this.findings = findings;
    }

    static Claim837 read(TransactionSet tx, boolean institutional, FindingSink findings) {
        return new Claim837Reader(tx, institutional, findings).read();
    }

    // ------------------------------------------------------------------------------------------------ mutable tree
    private static final class BP {
        Provider provider;
        String currency;
        Address payTo;
        Provider payToPlan;
        final List<SB> subscribers = new ArrayList<>();
    }

    private static final class SB {
        Segment sbr;
        PatientDetails details;
        Person person;
        Payer payer;
        final List<Claim> claims = new ArrayList<>();
        final List<Patient> patientsDone = new ArrayList<>();
        final List<PT> patients = new ArrayList<>();
    }

    private static final class PT {
        String relationship;
        PatientDetails details;
        Person person;
        final List<Claim> claims = new ArrayList<>();
    }

    private Claim837 read() {
        Loop body = tx.body();
        Segment bht = body == null ? null : body.segment("BHT").orElse(null);
        Name submitter = null;
        Name receiver = null;
        List<Contact> submitterContacts = new ArrayList<>();
        List<BP> billing = new ArrayList<>();
        Map<String, Object> byHl = new HashMap<>();
        BP lastBp = null;
        SB lastSb = null;
        if (body != null) {
            for (Loop loop : body.loops()) {
                String fam = family(loop);
                if (fam.equals("1000")) {
                    Segment nm1 = loop.segment("NM1").orElse(null);
                    if ("41".equals(str(nm1, 1))) {
                        submitter = name(nm1);
                        loop.segments("PER").forEach(p -> submitterContacts.add(contact(p)));
                    } else if ("40".equals(str(nm1, 1))) {
                        receiver = name(nm1);
                    }
                } else if (fam.equals("2000")) {
                    Segment hl = loop.segment("HL").orElse(null);
                    String level = str(hl, 3);
                    String id = str(hl, 1);
                    Object parent = byHl.get(str(hl, 2));
                    if ("20".equals(level)) {
                        BP bp = billingProvider(loop);
                        billing.add(bp);
                        lastBp = bp;
                        put(byHl, id, bp);
                    } else if ("22".equals(level)) {
                        BP bp = parent instanceof BP p ? p : lastBp;
                        if (bp == null) {
                            bp = new BP();
                            billing.add(bp);
                            lastBp = bp;
                        }
                        SB sb = subscriber(loop);
                        bp.subscribers.add(sb);
                        lastSb = sb;
                        put(byHl, id, sb);
                    } else if ("23".equals(level)) {
                        SB sb = parent instanceof SB s ? s : lastSb;
                        if (sb == null) {
                            unmapped(loop, hl, "a patient level (HL03 23) without a subscriber level before it");
                            continue;
                        }
                        sb.patients.add(patient(loop));
                    } else {
                        unmapped(loop, hl, "a hierarchical level whose HL03 is not 20, 22 or 23");
                    }
                }
            }
        }
        List<BillingProvider> bps = billing.stream().map(this::build).toList();
        LocalDate created = date(str(bht, 4));
        if (inst) {
            return new Claim837I(str(bht, 2), str(bht, 3), created, str(bht, 5), str(bht, 6), submitter,
                    submitterContacts, receiver, bps);
        }
        return new Claim837P(str(bht, 2), str(bht, 3), created, str(bht, 5), str(bht, 6), submitter,
                submitterContacts, receiver, bps);
    }

    private static void put(Map<String, Object> byHl, String id, Object value) {
        if (id != null) {
            byHl.putIfAbsent(id, value);
        }
    }

    private void unmapped(Loop loop, Segment at, String what) {
        findings.report(new Finding(Severity.ERROR, SnipLevel.SITUATIONAL,
                Location.inTransaction(tx.controlNumber(), at, loop.id(), 3, 0), "837_HL_LEVEL", "I6",
                "The transaction has " + what + "; its content is not part of the typed claim."));
    }

    private BillingProvider build(BP bp) {
        List<Subscriber> subs = bp.subscribers.stream().map(this::build).toList();
        return new BillingProvider(bp.provider, bp.currency, bp.payTo, bp.payToPlan, subs);
    }

    private Subscriber build(SB sb) {
        List<Patient> patients = sb.patients.stream()
                .map(p -> new Patient(p.relationship, p.details, p.person, p.claims)).toList();
        Segment s = sb.sbr;
        return new Subscriber(str(s, 1), str(s, 2), str(s, 3), str(s, 4), str(s, 5), str(s, 9), sb.details,
                sb.person, sb.payer, sb.claims, patients);
    }

    // ------------------------------------------------------------------------------------------------ HL levels
    private BP billingProvider(Loop loop) {
        BP bp = new BP();
        String taxonomy = loop.segment("PRV").map(p -> str(p, 3)).orElse(null);
        bp.currency = loop.segment("CUR").map(c -> str(c, 2)).orElse(null);
        for (Loop l : loop.loops()) {
            if (!family(l).equals("2010")) {
                continue;
            }
            Segment nm1 = l.segment("NM1").orElse(null);
            String entity = str(nm1, 1);
            if ("85".equals(entity)) {
                Provider p = provider(l, List.of("EI SY", "0B 1G"));
                bp.provider = new Provider(p.name(), taxonomy, p.address(), p.references(), p.contacts());
            } else if ("87".equals(entity)) {
                bp.payTo = address(l);
            } else if ("PE".equals(entity)) {
                bp.payToPlan = provider(l, List.of("2U FY NF", "EI"));
            }
        }
        if (bp.provider == null && taxonomy != null) {
            bp.provider = new Provider(null, taxonomy, null, List.of(), List.of());
        }
        return bp;
    }

    private SB subscriber(Loop loop) {
        SB sb = new SB();
        sb.sbr = loop.segment("SBR").orElse(null);
        sb.details = loop.segment("PAT").map(this::details).orElse(null);
        for (Loop l : loop.loops()) {
            String fam = family(l);
            if (fam.equals("2010")) {
                Segment nm1 = l.segment("NM1").orElse(null);
                if ("IL".equals(str(nm1, 1))) {
                    sb.person = person(l, List.of("SY", "Y4"));
                } else if ("PR".equals(str(nm1, 1))) {
                    sb.payer = payer(l, Guide837.PAYER_REFS);
                }
            } else if (fam.equals("2300")) {
                sb.claims.add(claim(l));
            }
        }
        return sb;
    }

    private PT patient(Loop loop) {
        PT pt = new PT();
        Segment pat = loop.segment("PAT").orElse(null);
        pt.relationship = str(pat, 1);
        pt.details = details(pat);
        for (Loop l : loop.loops()) {
            String fam = family(l);
            if (fam.equals("2010")) {
                pt.person = person(l, List.of("Y4", "1W SY"));
            } else if (fam.equals("2300")) {
                pt.claims.add(claim(l));
            }
        }
        return pt;
    }

    private PatientDetails details(Segment pat) {
        if (pat == null || (str(pat, 6) == null && str(pat, 8) == null && str(pat, 9) == null)) {
            return null;
        }
        return new PatientDetails(date(str(pat, 6)), dec(pat, 8), "Y".equals(str(pat, 9)));
    }

    // ------------------------------------------------------------------------------------------------ claim
    private Claim claim(Loop loop) {
        Segment clm = loop.segment("CLM").orElse(null);
        RelatedCauses causes = null;
        if (clm != null && !clm.element(11).isEmpty()) {
            List<String> c = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                if (comp(clm, 11, i) != null) {
                    c.add(comp(clm, 11, i));
                }
            }
            causes = new RelatedCauses(c, comp(clm, 11, 4), comp(clm, 11, 5));
        }
        List<ClaimDate> dates = Guide837.ordered(loop.segments("DTP").stream().map(this::claimDate).toList(),
                inst ? Guide837.CLAIM_DATES_I : Guide837.CLAIM_DATES_P, ClaimDate::qualifier);
        Institutional cl1 = loop.segment("CL1").map(s -> new Institutional(str(s, 1), str(s, 2), str(s, 3)))
                .orElse(null);
        List<Amount> amounts = loop.segments("AMT").stream().map(s -> new Amount(str(s, 1), dec(s, 2))).toList();
        List<Reference> refs = Guide837.ordered(references(loop),
                inst ? Guide837.CLAIM_REFS_I : Guide837.CLAIM_REFS_P, Reference::qualifier);
        List<Note> notes = notes(loop, inst ? Guide837.CLAIM_NOTES_I : List.of());
        List<HealthCode> codes = new ArrayList<>();
        for (Segment hi : loop.segments("HI")) {
            for (Element e : hi.elements()) {
                if (!e.isEmpty()) {
                    codes.add(healthCode(e));
                }
            }
        }
        List<Guide837.HiFamily> fams = inst ? Guide837.HI_I : Guide837.HI_P;
        codes.sort(Comparator.comparingInt(c -> Guide837.hiRank(fams, c.qualifier())));
        List<HealthCode> dx = codes.stream().filter(HealthCode::isDiagnosis).toList();
        List<HealthCode> other = codes.stream().filter(c -> !c.isDiagnosis()).toList();
        List<Provider> providers = new ArrayList<>();
        List<OtherSubscriber> cob = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Loop l : loop.loops()) {
            switch (family(l)) {
                case "2310" -> providers.add(provider(l, List.of()));
                case "2320" -> cob.add(otherSubscriber(l));
                case "2400" -> lines.add(line(l));
                default -> {
                }
            }
        }
        List<String> roles = inst ? Guide837.CLAIM_PROVIDERS_I : Guide837.CLAIM_PROVIDERS_P;
        providers = Guide837.ordered(providers, roles, Provider::role);
        List<Segment> others = loop.segments().stream()
                .filter(s -> OTHER_CLAIM_SEGMENTS.contains(s.id())).map(Claim837Reader::unplaced).toList();
        return new Claim(str(clm, 1), dec(clm, 2), comp(clm, 5, 1), comp(clm, 5, 3), str(clm, 6), str(clm, 7),
                str(clm, 8), str(clm, 9), str(clm, 10), causes, str(clm, 12), str(clm, 20), dates, cl1, amounts,
                refs, notes, dx, other, providers, cob, lines, others);
    }

    static final Set<String> OTHER_CLAIM_SEGMENTS = Set.of("PWK", "CN1", "K3", "CR1", "CR2", "CRC", "HCP");
    static final Set<String> OTHER_LINE_SEGMENTS = Set.of("SV5", "PWK", "CR1", "CR3", "CRC", "QTY", "MEA", "CN1", "K3",
            "PS1", "HCP", "LQ", "FRM");

    /** A segment kept as read, without its position (so that a written and a read record compare equal). */
    private static Segment unplaced(Segment s) {
        return new Segment(s.id(), s.elements());
    }

    private HealthCode healthCode(Element e) {
        String q = e.component(1);
        String fmt = e.component(3);
        String d = e.component(4);
        LocalDate from = null;
        LocalDate to = null;
        if ("RD8".equals(fmt) && d.length() == 17) {
            from = date(d.substring(0, 8));
            to = date(d.substring(9));
        } else if (!d.isEmpty()) {
            from = date(d);
        }
        String poa = e.component(9);
        return new HealthCode(q, e.component(2), from, to, dec(e.component(5)), poa.isEmpty() ? null : poa);
    }

    private ClaimDate claimDate(Segment dtp) {
        String q = str(dtp, 1);
        String fmt = str(dtp, 2);
        String v = str(dtp, 3);
        if (v == null) {
            return new ClaimDate(q, null, null, null);
        }
        if ("RD8".equals(fmt) && v.length() == 17) {
            return new ClaimDate(q, date(v.substring(0, 8)), date(v.substring(9)), null);
        }
        if ("DT".equals(fmt) && v.length() >= 12) {
            return new ClaimDate(q, date(v.substring(0, 8)), null, v.substring(8));
        }
        if ("TM".equals(fmt)) {
            return new ClaimDate(q, null, null, v);
        }
        return new ClaimDate(q, date(v), null, null);
    }

    private List<Note> notes(Loop loop, List<String> order) {
        return Guide837.ordered(loop.segments("NTE").stream().map(s -> new Note(str(s, 1), str(s, 2))).toList(),
                order, Note::code);
    }

    private List<Reference> references(Loop loop) {
        return loop.segments("REF").stream().map(s -> new Reference(str(s, 1), str(s, 2))).toList();
    }

    // ------------------------------------------------------------------------------------------------ COB
    private OtherSubscriber otherSubscriber(Loop loop) {
        Segment sbr = loop.segment("SBR").orElse(null);
        Segment oi = loop.segment("OI").orElse(null);
        Person person = null;
        Payer payer = null;
        List<Provider> providers = new ArrayList<>();
        for (Loop l : loop.loops()) {
            if (!family(l).equals("2330")) {
                continue;
            }
            String entity = l.segment("NM1").map(n -> str(n, 1)).orElse(null);
            if ("IL".equals(entity)) {
                person = person(l, List.of("SY"));
            } else if ("PR".equals(entity)) {
                payer = payer(l, Guide837.OTHER_PAYER_REFS);
            } else {
                providers.add(provider(l, List.of()));
            }
        }
        providers = Guide837.ordered(providers,
                inst ? Guide837.OTHER_PAYER_PROVIDERS_I : Guide837.OTHER_PAYER_PROVIDERS_P, Provider::role);
        return new OtherSubscriber(str(sbr, 1), str(sbr, 2), str(sbr, 3), str(sbr, 4), str(sbr, 5), str(sbr, 9),
                adjustments(loop), amount(loop, "D"), amount(loop, "A8"), amount(loop, "EAF"), str(oi, 3), str(oi, 4),
                str(oi, 6), loop.segment("MIA").map(Claim837Reader::unplaced).orElse(null),
                loop.segment("MOA").map(Claim837Reader::unplaced).orElse(null), person, payer, providers);
    }

    private static BigDecimal amount(Loop loop, String qualifier) {
        return loop.segment("AMT", 1, qualifier).map(s -> dec(s, 2)).orElse(null);
    }

    private static List<Adjustment> adjustments(Loop loop) {
        List<Adjustment> out = new ArrayList<>();
        for (Segment cas : loop.segments("CAS")) {
            String group = str(cas, 1);
            for (int i = 0; i < 6; i++) {
                String reason = str(cas, 2 + i * 3);
                BigDecimal amount = dec(cas, 3 + i * 3);
                BigDecimal quantity = dec(cas, 4 + i * 3);
                if (reason != null || amount != null || quantity != null) {
                    out.add(new Adjustment(group, reason, amount, quantity));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ lines
    private Line line(Loop loop) {
        Integer number = integer(loop.segment("LX").map(s -> str(s, 1)).orElse(null));
        ProfessionalService sv1 = loop.segment("SV1").map(this::professional).orElse(null);
        InstitutionalService sv2 = loop.segment("SV2").map(this::institutional).orElse(null);
        List<ClaimDate> dates = Guide837.ordered(loop.segments("DTP").stream().map(this::claimDate).toList(),
                inst ? Guide837.LINE_DATES_I : Guide837.LINE_DATES_P, ClaimDate::qualifier);
        List<Reference> refs = Guide837.ordered(references(loop),
                inst ? Guide837.LINE_REFS_I : Guide837.LINE_REFS_P, Reference::qualifier);
        List<Amount> amounts = Guide837.ordered(
                loop.segments("AMT").stream().map(s -> new Amount(str(s, 1), dec(s, 2))).toList(),
                inst ? Guide837.LINE_AMOUNTS_I : Guide837.LINE_AMOUNTS_P, Amount::qualifier);
        List<Note> notes = notes(loop, inst ? List.of() : Guide837.LINE_NOTES_P);
        List<Segment> others = new ArrayList<>(loop.segments().stream()
                .filter(s -> OTHER_LINE_SEGMENTS.contains(s.id())).map(Claim837Reader::unplaced).toList());
        Drug drug = null;
        List<Provider> providers = new ArrayList<>();
        List<LineAdjudication> adjudications = new ArrayList<>();
        for (Loop l : loop.loops()) {
            switch (family(l)) {
                case "2410" -> drug = drug(l);
                case "2420" -> providers.add(provider(l, List.of()));
                case "2430" -> adjudications.add(adjudication(l));
                case "2440" -> l.segments().forEach(s -> others.add(unplaced(s)));
                default -> {
                }
            }
        }
        providers = Guide837.ordered(providers, inst ? Guide837.LINE_PROVIDERS_I : Guide837.LINE_PROVIDERS_P,
                Provider::role);
        return new Line(number == null ? 0 : number, sv1, sv2, dates, refs, amounts, notes, drug, providers,
                adjudications, others);
    }

    private ProfessionalService professional(Segment sv1) {
        List<Integer> pointers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Integer p = integer(comp(sv1, 7, i));
            if (p != null) {
                pointers.add(p);
            }
        }
        return new ProfessionalService(procedure(sv1.element(1)), dec(sv1, 2), str(sv1, 3), dec(sv1, 4), str(sv1, 5),
                pointers, str(sv1, 9), str(sv1, 11), str(sv1, 12), str(sv1, 15));
    }

    private InstitutionalService institutional(Segment sv2) {
        return new InstitutionalService(str(sv2, 1), procedure(sv2.element(2)), dec(sv2, 3), str(sv2, 4), dec(sv2, 5),
                dec(sv2, 7));
    }

    private static Procedure procedure(Element e) {
        if (e.isEmpty()) {
            return null;
        }
        List<String> mods = new ArrayList<>();
        for (int i = 3; i <= 6; i++) {
            if (!e.component(i).isEmpty()) {
                mods.add(e.component(i));
            }
        }
        String description = e.component(7);
        return new Procedure(e.component(1), e.component(2), mods, description.isEmpty() ? null : description);
    }

    private Drug drug(Loop loop) {
        Segment lin = loop.segment("LIN").orElse(null);
        Segment ctp = loop.segment("CTP").orElse(null);
        Reference ref = loop.segment("REF").map(s -> new Reference(str(s, 1), str(s, 2))).orElse(null);
        return new Drug(str(lin, 2), str(lin, 3), dec(ctp, 4), comp(ctp, 5, 1), ref);
    }

    private LineAdjudication adjudication(Loop loop) {
        Segment svd = loop.segment("SVD").orElse(null);
        LocalDate paidOn = loop.segment("DTP", 1, "573").map(s -> date(str(s, 3))).orElse(null);
        return new LineAdjudication(str(svd, 1), dec(svd, 2), svd == null ? null : procedure(svd.element(3)),
                str(svd, 4), dec(svd, 5), integer(str(svd, 6)), adjustments(loop), paidOn, amount(loop, "EAF"));
    }

    // ------------------------------------------------------------------------------------------------ parties
    static Name name(Segment nm1) {
        if (nm1 == null) {
            return null;
        }
        return new Name(str(nm1, 1), str(nm1, 2), str(nm1, 3), str(nm1, 4), str(nm1, 5), str(nm1, 7), str(nm1, 8),
                str(nm1, 9));
    }

    private static Address address(Loop loop) {
        Segment n3 = loop.segment("N3").orElse(null);
        Segment n4 = loop.segment("N4").orElse(null);
        if (n3 == null && n4 == null) {
            return null;
        }
        return new Address(str(n3, 1), str(n3, 2), str(n4, 1), str(n4, 2), str(n4, 3), str(n4, 4), str(n4, 7));
    }

    private static Contact contact(Segment per) {
        List<Contact.Communication> numbers = new ArrayList<>();
        for (int i = 3; i <= 7; i += 2) {
            if (str(per, i) != null || str(per, i + 1) != null) {
                numbers.add(new Contact.Communication(str(per, i), str(per, i + 1)));
            }
        }
        return new Contact(str(per, 2), numbers);
    }

    private Provider provider(Loop loop, List<String> refOrder) {
        Segment nm1 = loop.segment("NM1").orElse(null);
        String taxonomy = loop.segment("PRV").map(p -> str(p, 3)).orElse(null);
        List<Reference> refs = refOrder.isEmpty() ? references(loop)
                : Guide837.ordered(references(loop), refOrder, Reference::qualifier);
        return new Provider(name(nm1), taxonomy, address(loop), refs,
                loop.segments("PER").stream().map(Claim837Reader::contact).toList());
    }

    private Person person(Loop loop, List<String> refOrder) {
        Segment dmg = loop.segment("DMG").orElse(null);
        Contact contact = loop.segment("PER").map(Claim837Reader::contact).orElse(null);
        return new Person(name(loop.segment("NM1").orElse(null)), address(loop), date(str(dmg, 2)), str(dmg, 3),
                Guide837.ordered(references(loop), refOrder, Reference::qualifier), contact);
    }

    private Payer payer(Loop loop, List<String> refOrder) {
        LocalDate adjudicated = loop.segment("DTP", 1, "573").map(s -> date(str(s, 3))).orElse(null);
        return new Payer(name(loop.segment("NM1").orElse(null)), address(loop), adjudicated,
                Guide837.ordered(references(loop), refOrder, Reference::qualifier));
    }
}
