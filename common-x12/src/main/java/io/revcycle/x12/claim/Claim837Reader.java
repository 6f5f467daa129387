package io.revcycle.x12.claim;

import static io.revcycle.x12.claim.Fields.comp;
import static io.revcycle.x12.claim.Fields.date;
import static io.revcycle.x12.claim.Fields.dec;
import static io.revcycle.x12.claim.Fields.family;
import static io.revcycle.x12.claim.Fields.first;
import static io.revcycle.x12.claim.Fields.integer;
import static io.revcycle.x12.claim.Fields.str;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;
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
        Segment bht = body == null ? null : first(body, "BHT");
        Name submitter = null;
        Name receiver = null;
        List<Contact> submitterContacts = new ArrayList<>();
        List<BP> billing = new ArrayList<>();
        Map<String, Object> byHl = new HashMap<>();
        BP lastBp = null;
        SB lastSb = null;
        if (body != null) {
            for (X12Node node : body.children()) {
                if (!(node instanceof Loop loop)) {
                    continue;
                }
                int fam = family(loop);
                if (fam == 1000) {
                    Segment nm1 = first(loop, "NM1");
                    if ("41".equals(str(nm1, 1))) {
                        submitter = name(nm1);
                        for (Segment per : loop.segments("PER")) {
                            submitterContacts.add(contact(per));
                        }
                    } else if ("40".equals(str(nm1, 1))) {
                        receiver = name(nm1);
                    }
                } else if (fam == 2000) {
                    Segment hl = first(loop, "HL");
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
        List<BillingProvider> bps = new ArrayList<>(billing.size());
        for (BP bp : billing) {
            bps.add(build(bp));
        }
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
        List<Subscriber> subs = new ArrayList<>(bp.subscribers.size());
        for (SB sb : bp.subscribers) {
            subs.add(build(sb));
        }
        return new BillingProvider(bp.provider, bp.currency, bp.payTo, bp.payToPlan, subs);
    }

    private Subscriber build(SB sb) {
        List<Patient> patients = new ArrayList<>(sb.patients.size());
        for (PT p : sb.patients) {
            patients.add(new Patient(p.relationship, p.details, p.person, p.claims));
        }
        Segment s = sb.sbr;
        return new Subscriber(str(s, 1), str(s, 2), str(s, 3), str(s, 4), str(s, 5), str(s, 9), sb.details,
                sb.person, sb.payer, sb.claims, patients);
    }

    // ------------------------------------------------------------------------------------------------ HL levels
    // Each loop is read in one pass over its children, its segments told apart by a switch on the tag, instead of
    // one scan of the children per segment id; values are mapped in document order as before.

    private BP billingProvider(Loop loop) {
        BP bp = new BP();
        Segment prv = null;
        Segment cur = null;
        Provider billing = null;
        for (X12Node node : loop.children()) {
            if (node instanceof Segment s) {
                switch (s.id()) {
                    case "PRV" -> prv = prv == null ? s : prv;
                    case "CUR" -> cur = cur == null ? s : cur;
                    default -> {
                    }
                }
            } else if (node instanceof Loop l && family(l) == 2010) {
                Party party = new Party(l);
                String entity = str(party.nm1, 1);
                if ("85".equals(entity)) {
                    billing = provider(party, Guide837.BILLING_REFS);
                } else if ("87".equals(entity)) {
                    bp.payTo = address(party);
                } else if ("PE".equals(entity)) {
                    bp.payToPlan = provider(party, Guide837.PAY_TO_PLAN_REFS);
                }
            }
        }
        String taxonomy = str(prv, 3); // the 2000A PRV, wherever it stands among the 2010 loops
        bp.currency = str(cur, 2);
        if (billing != null) {
            bp.provider = new Provider(billing.name(), taxonomy, billing.address(), billing.references(),
                    billing.contacts());
        } else if (taxonomy != null) {
            bp.provider = new Provider(null, taxonomy, null, List.of(), List.of());
        }
        return bp;
    }

    private SB subscriber(Loop loop) {
        SB sb = new SB();
        Segment pat = null;
        for (X12Node node : loop.children()) {
            if (node instanceof Segment s) {
                switch (s.id()) {
                    case "SBR" -> sb.sbr = sb.sbr == null ? s : sb.sbr;
                    case "PAT" -> pat = pat == null ? s : pat;
                    default -> {
                    }
                }
            } else if (node instanceof Loop l) {
                int fam = family(l);
                if (fam == 2010) {
                    Party party = new Party(l);
                    String entity = str(party.nm1, 1);
                    if ("IL".equals(entity)) {
                        sb.person = person(party, Guide837.SUBSCRIBER_REFS);
                    } else if ("PR".equals(entity)) {
                        sb.payer = payer(party, Guide837.PAYER_REFS);
                    }
                } else if (fam == 2300) {
                    sb.claims.add(claim(l));
                }
            }
        }
        sb.details = pat == null ? null : details(pat);
        return sb;
    }

    private PT patient(Loop loop) {
        PT pt = new PT();
        Segment pat = null;
        for (X12Node node : loop.children()) {
            if (node instanceof Segment s) {
                if (pat == null && s.id().equals("PAT")) {
                    pat = s;
                }
            } else if (node instanceof Loop l) {
                int fam = family(l);
                if (fam == 2010) {
                    pt.person = person(new Party(l), Guide837.PATIENT_REFS);
                } else if (fam == 2300) {
                    pt.claims.add(claim(l));
                }
            }
        }
        pt.relationship = str(pat, 1);
        pt.details = details(pat);
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
        Segment clm = null;
        Segment cl1 = null;
        List<ClaimDate> dates = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<HealthCode> codes = new ArrayList<>();
        List<Segment> others = new ArrayList<>();
        List<Provider> providers = new ArrayList<>();
        List<OtherSubscriber> cob = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (X12Node node : loop.children()) {
            if (node instanceof Segment s) {
                switch (s.id()) {
                    case "CLM" -> clm = clm == null ? s : clm;
                    case "CL1" -> cl1 = cl1 == null ? s : cl1;
                    case "DTP" -> dates.add(claimDate(s));
                    case "AMT" -> amounts.add(amount(s));
                    case "REF" -> refs.add(reference(s));
                    case "NTE" -> notes.add(note(s));
                    case "HI" -> healthCodes(s, codes);
                    default -> {
                        if (OTHER_CLAIM_SEGMENTS.contains(s.id())) {
                            others.add(unplaced(s));
                        }
                    }
                }
            } else if (node instanceof Loop l) {
                switch (family(l)) {
                    case 2310 -> providers.add(provider(new Party(l), List.of()));
                    case 2320 -> cob.add(otherSubscriber(l));
                    case 2400 -> lines.add(line(l));
                    default -> {
                    }
                }
            }
        }
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
        Institutional institutional = cl1 == null ? null : new Institutional(str(cl1, 1), str(cl1, 2), str(cl1, 3));
        List<Guide837.HiFamily> fams = inst ? Guide837.HI_I : Guide837.HI_P;
        codes = Guide837.ordered(codes, c -> Guide837.hiRank(fams, c.qualifier()));
        List<HealthCode> dx = new ArrayList<>(codes.size());
        List<HealthCode> other = new ArrayList<>();
        for (HealthCode c : codes) {
            (c.isDiagnosis() ? dx : other).add(c);
        }
        return new Claim(str(clm, 1), dec(clm, 2), comp(clm, 5, 1), comp(clm, 5, 3), str(clm, 6), str(clm, 7),
                str(clm, 8), str(clm, 9), str(clm, 10), causes, str(clm, 12), str(clm, 20),
                Guide837.ordered(dates, inst ? Guide837.CLAIM_DATES_I : Guide837.CLAIM_DATES_P, ClaimDate::qualifier),
                institutional, amounts,
                Guide837.ordered(refs, inst ? Guide837.CLAIM_REFS_I : Guide837.CLAIM_REFS_P, Reference::qualifier),
                Guide837.ordered(notes, inst ? Guide837.CLAIM_NOTES_I : List.of(), Note::code), dx, other,
                Guide837.ordered(providers, inst ? Guide837.CLAIM_PROVIDERS_I : Guide837.CLAIM_PROVIDERS_P,
                        Provider::role),
                cob, lines, others);
    }

    static final Set<String> OTHER_CLAIM_SEGMENTS = Set.of("PWK", "CN1", "K3", "CR1", "CR2", "CRC", "HCP");
    static final Set<String> OTHER_LINE_SEGMENTS = Set.of("SV5", "PWK", "CR1", "CR3", "CRC", "QTY", "MEA", "CN1", "K3",
            "PS1", "HCP", "LQ", "FRM");

    /** A segment kept as read, without its position (so that a written and a read record compare equal). */
    private static Segment unplaced(Segment s) {
        return new Segment(s.id(), s.elements());
    }

    /** The non-empty entries of an HI segment, in order. */
    private static void healthCodes(Segment hi, List<HealthCode> out) {
        for (int i = 1; i <= hi.size(); i++) {
            Element e = hi.element(i);
            if (!e.component(1).isEmpty() || !e.isEmpty()) { // a qualifier: not empty, no need to look further
                out.add(healthCode(e));
            }
        }
    }

    private static HealthCode healthCode(Element e) {
        String q = e.component(1);
        String fmt = e.component(3);
        String d = e.component(4);
        LocalDate from = null;
        LocalDate to = null;
        if ("RD8".equals(fmt) && d.length() == 17) {
            from = date(d, 0, 8);
            to = date(d, 9, 17);
        } else if (!d.isEmpty()) {
            from = date(d);
        }
        String poa = e.component(9);
        return new HealthCode(q, e.component(2), from, to, dec(e.component(5)), poa.isEmpty() ? null : poa);
    }

    private static ClaimDate claimDate(Segment dtp) {
        String q = str(dtp, 1);
        String fmt = str(dtp, 2);
        String v = str(dtp, 3);
        if (v == null) {
            return new ClaimDate(q, null, null, null);
        }
        if ("RD8".equals(fmt) && v.length() == 17) {
            return new ClaimDate(q, date(v, 0, 8), date(v, 9, 17), null);
        }
        if ("DT".equals(fmt) && v.length() >= 12) {
            return new ClaimDate(q, date(v, 0, 8), null, v.substring(8));
        }
        if ("TM".equals(fmt)) {
            return new ClaimDate(q, null, null, v);
        }
        return new ClaimDate(q, date(v), null, null);
    }

    private static Amount amount(Segment amt) {
        return new Amount(str(amt, 1), dec(amt, 2));
    }

    private static Reference reference(Segment ref) {
        return new Reference(str(ref, 1), str(ref, 2));
    }

    private static Note note(Segment nte) {
        return new Note(str(nte, 1), str(nte, 2));
    }

    // ------------------------------------------------------------------------------------------------ COB
    private OtherSubscriber otherSubscriber(Loop loop) {
        Segment sbr = null;
        Segment oi = null;
        Segment mia = null;
        Segment moa = null;
        Segment paid = null;
        Segment nonCovered = null;
        Segment remaining = null;
        List<Adjustment> adjustments = new ArrayList<>();
        Person person = null;
        Payer payer = null;
        List<Provider> providers = new ArrayList<>();
        for (X12Node node : loop.children()) {
            if (node instanceof Segment s) {
                switch (s.id()) {
                    case "SBR" -> sbr = sbr == null ? s : sbr;
                    case "OI" -> oi = oi == null ? s : oi;
                    case "MIA" -> mia = mia == null ? s : mia;
                    case "MOA" -> moa = moa == null ? s : moa;
                    case "CAS" -> adjustments(s, adjustments);
                    case "AMT" -> {
                        switch (s.value(1)) {
                            case "D" -> paid = paid == null ? s : paid;
                            case "A8" -> nonCovered = nonCovered == null ? s : nonCovered;
                            case "EAF" -> remaining = remaining == null ? s : remaining;
                            default -> {
                            }
                        }
                    }
                    default -> {
                    }
                }
            } else if (node instanceof Loop l && family(l) == 2330) {
                Party party = new Party(l);
                String entity = str(party.nm1, 1);
                if ("IL".equals(entity)) {
                    person = person(party, Guide837.OTHER_SUBSCRIBER_REFS);
                } else if ("PR".equals(entity)) {
                    payer = payer(party, Guide837.OTHER_PAYER_REFS);
                } else {
                    providers.add(provider(party, List.of()));
                }
            }
        }
        return new OtherSubscriber(str(sbr, 1), str(sbr, 2), str(sbr, 3), str(sbr, 4), str(sbr, 5), str(sbr, 9),
                adjustments, dec(paid, 2), dec(nonCovered, 2), dec(remaining, 2), str(oi, 3), str(oi, 4), str(oi, 6),
                mia == null ? null : unplaced(mia), moa == null ? null : unplaced(moa), person, payer,
                Guide837.ordered(providers,
                        inst ? Guide837.OTHER_PAYER_PROVIDERS_I : Guide837.OTHER_PAYER_PROVIDERS_P, Provider::role));
    }

    /** The adjustments of one CAS segment (up to six reason, amount and quantity triples). */
    private static void adjustments(Segment cas, List<Adjustment> out) {
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

    // ------------------------------------------------------------------------------------------------ lines
    private Line line(Loop loop) {
        Segment lx = null;
        Segment sv1 = null;
        Segment sv2 = null;
        List<ClaimDate> dates = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Segment> others = new ArrayList<>();
        List<Segment> forms = null; // 2440 segments, kept after the line's own
        Drug drug = null;
        List<Provider> providers = new ArrayList<>();
        List<LineAdjudication> adjudications = new ArrayList<>();
        for (X12Node node : loop.children()) {
            if (node instanceof Segment s) {
                switch (s.id()) {
                    case "LX" -> lx = lx == null ? s : lx;
                    case "SV1" -> sv1 = sv1 == null ? s : sv1;
                    case "SV2" -> sv2 = sv2 == null ? s : sv2;
                    case "DTP" -> dates.add(claimDate(s));
                    case "REF" -> refs.add(reference(s));
                    case "AMT" -> amounts.add(amount(s));
                    case "NTE" -> notes.add(note(s));
                    default -> {
                        if (OTHER_LINE_SEGMENTS.contains(s.id())) {
                            others.add(unplaced(s));
                        }
                    }
                }
            } else if (node instanceof Loop l) {
                switch (family(l)) {
                    case 2410 -> drug = drug(l);
                    case 2420 -> providers.add(provider(new Party(l), List.of()));
                    case 2430 -> adjudications.add(adjudication(l));
                    case 2440 -> {
                        forms = forms == null ? new ArrayList<>() : forms;
                        for (Segment s : l.segments()) {
                            forms.add(unplaced(s));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        if (forms != null) {
            others.addAll(forms);
        }
        Integer number = integer(str(lx, 1));
        return new Line(number == null ? 0 : number, sv1 == null ? null : professional(sv1),
                sv2 == null ? null : institutional(sv2),
                Guide837.ordered(dates, inst ? Guide837.LINE_DATES_I : Guide837.LINE_DATES_P, ClaimDate::qualifier),
                Guide837.ordered(refs, inst ? Guide837.LINE_REFS_I : Guide837.LINE_REFS_P, Reference::qualifier),
                Guide837.ordered(amounts, inst ? Guide837.LINE_AMOUNTS_I : Guide837.LINE_AMOUNTS_P,
                        Amount::qualifier),
                Guide837.ordered(notes, inst ? List.of() : Guide837.LINE_NOTES_P, Note::code), drug,
                Guide837.ordered(providers, inst ? Guide837.LINE_PROVIDERS_I : Guide837.LINE_PROVIDERS_P,
                        Provider::role),
                adjudications, others);
    }

    private static ProfessionalService professional(Segment sv1) {
        List<Integer> pointers = new ArrayList<>(4);
        for (int i = 1; i <= 4; i++) {
            Integer p = integer(comp(sv1, 7, i));
            if (p != null) {
                pointers.add(p);
            }
        }
        return new ProfessionalService(procedure(sv1.element(1)), dec(sv1, 2), str(sv1, 3), dec(sv1, 4), str(sv1, 5),
                pointers, str(sv1, 9), str(sv1, 11), str(sv1, 12), str(sv1, 15));
    }

    private static InstitutionalService institutional(Segment sv2) {
        return new InstitutionalService(str(sv2, 1), procedure(sv2.element(2)), dec(sv2, 3), str(sv2, 4), dec(sv2, 5),
                dec(sv2, 7));
    }

    private static Procedure procedure(Element e) {
        if (e.isEmpty()) {
            return null;
        }
        List<String> mods = new ArrayList<>(4);
        for (int i = 3; i <= 6; i++) {
            if (!e.component(i).isEmpty()) {
                mods.add(e.component(i));
            }
        }
        String description = e.component(7);
        return new Procedure(e.component(1), e.component(2), mods, description.isEmpty() ? null : description);
    }

    private static Drug drug(Loop loop) {
        Segment lin = first(loop, "LIN");
        Segment ctp = first(loop, "CTP");
        Segment ref = first(loop, "REF");
        return new Drug(str(lin, 2), str(lin, 3), dec(ctp, 4), comp(ctp, 5, 1), ref == null ? null : reference(ref));
    }

    private static LineAdjudication adjudication(Loop loop) {
        Segment svd = null;
        Segment paidOn = null;
        Segment remaining = null;
        List<Adjustment> adjustments = new ArrayList<>();
        for (X12Node node : loop.children()) {
            if (node instanceof Segment s) {
                switch (s.id()) {
                    case "SVD" -> svd = svd == null ? s : svd;
                    case "CAS" -> adjustments(s, adjustments);
                    case "DTP" -> paidOn = paidOn == null && s.value(1).equals("573") ? s : paidOn;
                    case "AMT" -> remaining = remaining == null && s.value(1).equals("EAF") ? s : remaining;
                    default -> {
                    }
                }
            }
        }
        return new LineAdjudication(str(svd, 1), dec(svd, 2), svd == null ? null : procedure(svd.element(3)),
                str(svd, 4), dec(svd, 5), integer(str(svd, 6)), adjustments,
                paidOn == null ? null : date(str(paidOn, 3)), dec(remaining, 2));
    }

    // ------------------------------------------------------------------------------------------------ parties
    /**
     * The segments of a name loop (2010AA-2010CA, 2310x, 2330x, 2420x) found in one pass: the first of each single
     * segment, every PER and REF in order.
     */
    private static final class Party {
        Segment nm1;
        Segment n3;
        Segment n4;
        Segment prv;
        Segment dmg;
        Segment paidOn; // the first DTP*573 (2330B adjudication date)
        final List<Segment> pers = new ArrayList<>(2);
        final List<Reference> refs = new ArrayList<>(2);

        Party(Loop loop) {
            for (X12Node node : loop.children()) {
                if (node instanceof Segment s) {
                    switch (s.id()) {
                        case "NM1" -> nm1 = nm1 == null ? s : nm1;
                        case "N3" -> n3 = n3 == null ? s : n3;
                        case "N4" -> n4 = n4 == null ? s : n4;
                        case "PRV" -> prv = prv == null ? s : prv;
                        case "DMG" -> dmg = dmg == null ? s : dmg;
                        case "DTP" -> paidOn = paidOn == null && s.value(1).equals("573") ? s : paidOn;
                        case "PER" -> pers.add(s);
                        case "REF" -> refs.add(reference(s));
                        default -> {
                        }
                    }
                }
            }
        }
    }

    static Name name(Segment nm1) {
        if (nm1 == null) {
            return null;
        }
        return new Name(str(nm1, 1), str(nm1, 2), str(nm1, 3), str(nm1, 4), str(nm1, 5), str(nm1, 7), str(nm1, 8),
                str(nm1, 9));
    }

    private static Address address(Party p) {
        Segment n3 = p.n3;
        Segment n4 = p.n4;
        if (n3 == null && n4 == null) {
            return null;
        }
        return new Address(str(n3, 1), str(n3, 2), str(n4, 1), str(n4, 2), str(n4, 3), str(n4, 4), str(n4, 7));
    }

    private static Contact contact(Segment per) {
        List<Contact.Communication> numbers = new ArrayList<>(3);
        for (int i = 3; i <= 7; i += 2) {
            if (str(per, i) != null || str(per, i + 1) != null) {
                numbers.add(new Contact.Communication(str(per, i), str(per, i + 1)));
            }
        }
        return new Contact(str(per, 2), numbers);
    }

    private static Provider provider(Party p, List<String> refOrder) {
        List<Contact> contacts = new ArrayList<>(p.pers.size());
        for (Segment per : p.pers) {
            contacts.add(contact(per));
        }
        return new Provider(name(p.nm1), str(p.prv, 3), address(p), Guide837.ordered(p.refs, refOrder,
                Reference::qualifier), contacts);
    }

    private static Person person(Party p, List<String> refOrder) {
        Contact contact = p.pers.isEmpty() ? null : contact(p.pers.get(0));
        return new Person(name(p.nm1), address(p), date(str(p.dmg, 2)), str(p.dmg, 3),
                Guide837.ordered(p.refs, refOrder, Reference::qualifier), contact);
    }

    private static Payer payer(Party p, List<String> refOrder) {
        LocalDate adjudicated = p.paidOn == null ? null : date(str(p.paidOn, 3));
        return new Payer(name(p.nm1), address(p), adjudicated,
                Guide837.ordered(p.refs, refOrder, Reference::qualifier));
    }
}
