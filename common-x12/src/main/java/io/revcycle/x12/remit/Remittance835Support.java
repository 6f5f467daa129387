package io.revcycle.x12.remit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.remit.Remittance835.Address;
import io.revcycle.x12.remit.Remittance835.Adjustment;
import io.revcycle.x12.remit.Remittance835.AdjustmentGroup;
import io.revcycle.x12.remit.Remittance835.Amount;
import io.revcycle.x12.remit.Remittance835.BankAccount;
import io.revcycle.x12.remit.Remittance835.Claim;
import io.revcycle.x12.remit.Remittance835.Communication;
import io.revcycle.x12.remit.Remittance835.Contact;
import io.revcycle.x12.remit.Remittance835.DeliveryMethod;
import io.revcycle.x12.remit.Remittance835.HeaderGroup;
import io.revcycle.x12.remit.Remittance835.Inpatient;
import io.revcycle.x12.remit.Remittance835.Name;
import io.revcycle.x12.remit.Remittance835.Outpatient;
import io.revcycle.x12.remit.Remittance835.Payee;
import io.revcycle.x12.remit.Remittance835.Payer;
import io.revcycle.x12.remit.Remittance835.Payment;
import io.revcycle.x12.remit.Remittance835.Procedure;
import io.revcycle.x12.remit.Remittance835.ProviderAdjustment;
import io.revcycle.x12.remit.Remittance835.ProviderAdjustmentItem;
import io.revcycle.x12.remit.Remittance835.ProviderSummary;
import io.revcycle.x12.remit.Remittance835.Quantity;
import io.revcycle.x12.remit.Remittance835.Reference;
import io.revcycle.x12.remit.Remittance835.Remark;
import io.revcycle.x12.remit.Remittance835.ServicePayment;
import io.revcycle.x12.remit.Remittance835.Trace;
import io.revcycle.x12.spi.GuideSupport;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/** 835 health care claim payment/advice, 005010X221A1: typed mapping both ways and the SNIP 3/4 rules. */
public final class Remittance835Support extends GuideSupport<Remittance835> {

    public static final String GUIDE = "005010X221A1";

    public Remittance835Support() {
        super("835", GUIDE, List.of(), "HP", Remittance835.class);
    }

    private static final int[] MIA_REMARKS = {5, 20, 21, 22, 23};
    private static final int[] MOA_REMARKS = {3, 4, 5, 6, 7};

    // ------------------------------------------------------------------ reading

    @Override
    public Remittance835 fromBody(TransactionSet transaction, FindingSink findings) {
        Fields f = new Fields(transaction.controlNumber(), findings);
        try {
            return read(transaction.body() == null ? Loop.of("835") : transaction.body(), f);
        } catch (RuntimeException e) {
            f.report(Severity.ERROR, SnipLevel.IMPLEMENTATION_GUIDE, "MAPPING_FAILED", null, null, 0,
                    "The 835 could not be turned into a typed remittance (" + e.getClass().getSimpleName() + ")");
            return new Remittance835(null, null, null, null, null, null, null, null, List.of(), List.of());
        }
    }

    private static Remittance835 read(Loop body, Fields f) {
        String top = null;
        Payment payment = body.segment("BPR").map(s -> payment(s, f)).orElse(null);
        Trace trace = body.segment("TRN").map(s -> new Trace(Fields.text(s, 1), Fields.text(s, 2),
                Fields.text(s, 3), Fields.text(s, 4))).orElse(null);
        String currency = body.segment("CUR").map(s -> Fields.text(s, 2)).orElse(null);
        String receiverId = body.segment("REF", 1, "EV").map(s -> Fields.text(s, 2)).orElse(null);
        String versionId = body.segment("REF", 1, "F2").map(s -> Fields.text(s, 2)).orElse(null);
        var production = body.segment("DTM", 1, "405").map(s -> f.date(s, top, 2)).orElse(null);
        Payer payer = body.loop("1000A").map(l -> payer(l, f)).orElse(null);
        Payee payee = body.loop("1000B").map(l -> payee(l, f)).orElse(null);
        List<HeaderGroup> headers = new ArrayList<>();
        for (Loop l : body.loops("2000")) {
            headers.add(header(l, f));
        }
        List<ProviderAdjustment> plbs = new ArrayList<>();
        for (Segment s : body.segments("PLB")) {
            plbs.add(providerAdjustment(s, f));
        }
        return new Remittance835(payment, trace, currency, receiverId, versionId, production, payer, payee, headers,
                plbs);
    }

    private static Payment payment(Segment s, Fields f) {
        return new Payment(Fields.text(s, 1), f.decimal(s, null, 2), Fields.text(s, 3), Fields.text(s, 4),
                Fields.text(s, 5), bank(s, 6), Fields.text(s, 10), Fields.text(s, 11), bank(s, 12),
                f.date(s, null, 16));
    }

    private static BankAccount bank(Segment s, int from) {
        String q = Fields.text(s, from);
        String id = Fields.text(s, from + 1);
        String aq = Fields.text(s, from + 2);
        String an = Fields.text(s, from + 3);
        return q == null && id == null && aq == null && an == null ? null : new BankAccount(q, id, aq, an);
    }

    private static Address address(Loop l) {
        Segment n3 = l.segment("N3").orElse(null);
        Segment n4 = l.segment("N4").orElse(null);
        if (n3 == null && n4 == null) {
            return null;
        }
        return new Address(Fields.text(n3, 1), Fields.text(n3, 2), Fields.text(n4, 1), Fields.text(n4, 2),
                Fields.text(n4, 3), Fields.text(n4, 4), Fields.text(n4, 7));
    }

    private static Contact contact(Segment s) {
        List<Communication> numbers = List.of();
        for (int p = 3; p <= 7; p += 2) {
            String q = Fields.text(s, p);
            String n = Fields.text(s, p + 1);
            if (q != null || n != null) {
                numbers = add(numbers, new Communication(q, n));
            }
        }
        return new Contact(Fields.text(s, 1), Fields.text(s, 2), numbers);
    }

    private static Reference reference(Segment s) {
        return new Reference(Fields.text(s, 1), Fields.text(s, 2));
    }

    /**
     * {@code list} with {@code value} (not null) added. Lists start as List.of() and stay immutable lists of one or two
     * values, which the records keep as they are; an ArrayList is made for the third value. Most repeated segments of
     * a loop are absent or few, and then cost no ArrayList and no copy in the record.
     */
    private static <T> List<T> add(List<T> list, T value) {
        if (list instanceof ArrayList<T> a) {
            a.add(value);
            return a;
        }
        if (list.size() < 2) {
            return list.isEmpty() ? List.of(value) : List.of(list.get(0), value);
        }
        List<T> a = new ArrayList<>(list);
        a.add(value);
        return a;
    }

    private static Payer payer(Loop l, Fields f) {
        Segment n1 = l.segment("N1").orElse(null);
        Contact business = null;
        List<Contact> technical = new ArrayList<>();
        String website = null;
        for (Segment per : l.segments("PER")) {
            switch (per.value(1)) {
                case "CX" -> business = business == null ? contact(per) : business;
                case "BL" -> technical.add(contact(per));
                case "IC" -> website = website == null ? Fields.text(per, 4) : website;
                default -> {
                    // not a payer contact of this guide: the schema reports it
                }
            }
        }
        return new Payer(Fields.text(n1, 2), Fields.text(n1, 3), Fields.text(n1, 4), address(l),
                l.segments("REF").stream().map(Remittance835Support::reference).toList(), business, technical,
                website);
    }

    private static Payee payee(Loop l, Fields f) {
        Segment n1 = l.segment("N1").orElse(null);
        DeliveryMethod rdm = l.segment("RDM")
                .map(s -> new DeliveryMethod(Fields.text(s, 1), Fields.text(s, 2), Fields.text(s, 3))).orElse(null);
        return new Payee(Fields.text(n1, 2), Fields.text(n1, 3), Fields.text(n1, 4), address(l),
                l.segments("REF").stream().map(Remittance835Support::reference).toList(), rdm);
    }

    // Each 2000, 2100 and 2110 loop is read in one pass over its children that sorts its segments by tag (a switch,
    // instead of one scan of the children per segment id); the values are then converted in the order the
    // VALUE_NOT_MAPPED findings have always come in.

    private static HeaderGroup header(Loop l, Fields f) {
        Segment lx = null;
        Segment ts3 = null;
        Segment ts2 = null;
        List<Loop> claimLoops = List.of();
        for (X12Node node : l.children()) {
            if (node instanceof Segment s) {
                switch (s.id()) {
                    case "LX" -> lx = lx == null ? s : lx;
                    case "TS3" -> ts3 = ts3 == null ? s : ts3;
                    case "TS2" -> ts2 = ts2 == null ? s : ts2;
                    default -> {
                    }
                }
            } else if (node instanceof Loop c && c.id().equals("2100")) {
                claimLoops = add(claimLoops, c);
            }
        }
        Integer number = lx == null ? null : f.integer(lx, "2000", 1);
        ProviderSummary summary = ts3 == null ? null : summary(ts3, f);
        Map<Integer, BigDecimal> ts2Values = new HashMap<>();
        if (ts2 != null) {
            for (int p = 1; p <= ts2.size(); p++) {
                BigDecimal v = f.decimal(ts2, "2000", p);
                if (v != null) {
                    ts2Values.put(p, v);
                }
            }
        }
        List<Claim> claims = List.of();
        for (int i = 0; i < claimLoops.size(); i++) {
            claims = add(claims, claim(claimLoops.get(i), f));
        }
        return new HeaderGroup(number, summary, ts2Values, claims);
    }

    private static ProviderSummary summary(Segment ts3, Fields f) {
        Map<Integer, BigDecimal> other = new HashMap<>();
        for (int p = 6; p <= Math.max(6, ts3.size()); p++) {
            BigDecimal v = f.decimal(ts3, "2000", p);
            if (v != null) {
                other.put(p, v);
            }
        }
        return new ProviderSummary(Fields.text(ts3, 1), Fields.text(ts3, 2), f.date(ts3, "2000", 3),
                f.decimal(ts3, "2000", 4), f.decimal(ts3, "2000", 5), other);
    }

    static List<AdjustmentGroup> adjustments(List<Segment> casSegments, String loopId, Fields f) {
        List<AdjustmentGroup> out = List.of();
        for (int i = 0; i < casSegments.size(); i++) { // indexed: no iterator for the many empty lists
            Segment s = casSegments.get(i);
            List<Adjustment> items = List.of();
            for (int p = 2; p <= 17; p += 3) {
                String reason = Fields.text(s, p);
                BigDecimal amount = f.decimal(s, loopId, p + 1);
                BigDecimal quantity = f.decimal(s, loopId, p + 2);
                if (reason != null || amount != null || quantity != null) {
                    items = add(items, new Adjustment(reason, amount, quantity));
                }
            }
            out = add(out, new AdjustmentGroup(Fields.text(s, 1), items));
        }
        return out;
    }

    private static Name name(Segment s) {
        if (s == null) {
            return null;
        }
        return new Name(Fields.text(s, 2), Fields.text(s, 3), Fields.text(s, 4), Fields.text(s, 5), Fields.text(s, 7),
                Fields.text(s, 8), Fields.text(s, 9));
    }

    /** The segments of a 2100 claim loop, sorted by tag in one pass; the first of each single one. */
    private static final class ClaimSegments {
        Segment clp;
        Segment mia;
        Segment moa;
        Segment from; // DTM*232
        Segment to; // DTM*233
        Segment expiration; // DTM*036
        Segment received; // DTM*050
        Segment patient; // the first NM1 of each NM101
        Segment insured;
        Segment corrected;
        Segment provider;
        Segment crossover;
        Segment priorityPayer;
        Segment otherSubscriber;
        List<Segment> refs = List.of();
        List<Segment> pers = List.of();
        List<Segment> amts = List.of();
        List<Segment> qtys = List.of();
        List<Segment> cas = List.of();
        List<Loop> services = List.of();

        ClaimSegments(Loop l) {
            for (X12Node node : l.children()) {
                if (node instanceof Segment s) {
                    switch (s.id()) {
                        case "CLP" -> clp = clp == null ? s : clp;
                        case "CAS" -> cas = add(cas, s);
                        case "NM1" -> name(s);
                        case "MIA" -> mia = mia == null ? s : mia;
                        case "MOA" -> moa = moa == null ? s : moa;
                        case "REF" -> refs = add(refs, s);
                        case "DTM" -> date(s);
                        case "PER" -> pers = add(pers, s);
                        case "AMT" -> amts = add(amts, s);
                        case "QTY" -> qtys = add(qtys, s);
                        default -> {
                        }
                    }
                } else if (node instanceof Loop svc && svc.id().equals("2110")) {
                    services = add(services, svc);
                }
            }
        }

        private void name(Segment nm1) {
            switch (nm1.value(1)) {
                case "QC" -> patient = patient == null ? nm1 : patient;
                case "IL" -> insured = insured == null ? nm1 : insured;
                case "74" -> corrected = corrected == null ? nm1 : corrected;
                case "82" -> provider = provider == null ? nm1 : provider;
                case "TT" -> crossover = crossover == null ? nm1 : crossover;
                case "PR" -> priorityPayer = priorityPayer == null ? nm1 : priorityPayer;
                case "GB" -> otherSubscriber = otherSubscriber == null ? nm1 : otherSubscriber;
                default -> {
                }
            }
        }

        private void date(Segment dtm) {
            switch (dtm.value(1)) {
                case "232" -> from = from == null ? dtm : from;
                case "233" -> to = to == null ? dtm : to;
                case "036" -> expiration = expiration == null ? dtm : expiration;
                case "050" -> received = received == null ? dtm : received;
                default -> {
                }
            }
        }
    }

    private static Claim claim(Loop l, Fields f) {
        String id = "2100";
        ClaimSegments c = new ClaimSegments(l);
        Segment clp = c.clp;
        Inpatient mia = c.mia == null ? null : inpatient(c.mia, f);
        Outpatient moa = c.moa == null ? null : outpatient(c.moa, f);
        List<Reference> other = List.of();
        List<Reference> rendering = List.of();
        for (int i = 0; i < c.refs.size(); i++) {
            Segment ref = c.refs.get(i);
            if (Codes.CLAIM_RENDERING_REFS.contains(ref.value(1))) {
                rendering = add(rendering, reference(ref));
            } else {
                other = add(other, reference(ref));
            }
        }
        var from = date(c.from, id, f);
        var to = date(c.to, id, f);
        var expiration = date(c.expiration, id, f);
        var received = date(c.received, id, f);
        List<Contact> contacts = List.of();
        for (int i = 0; i < c.pers.size(); i++) {
            contacts = add(contacts, contact(c.pers.get(i)));
        }
        List<Amount> amounts = qualified(c.amts, id, f, Amount::new);
        List<Quantity> quantities = qualified(c.qtys, id, f, Quantity::new);
        List<ServicePayment> services = List.of();
        for (int i = 0; i < c.services.size(); i++) {
            services = add(services, service(c.services.get(i), f));
        }
        return new Claim(Fields.text(clp, 1), Fields.text(clp, 2), clp == null ? null : f.decimal(clp, id, 3),
                clp == null ? null : f.decimal(clp, id, 4), clp == null ? null : f.decimal(clp, id, 5),
                Fields.text(clp, 6), Fields.text(clp, 7), Fields.text(clp, 8), Fields.text(clp, 9),
                Fields.text(clp, 11), clp == null ? null : f.decimal(clp, id, 12),
                clp == null ? null : f.decimal(clp, id, 13), adjustments(c.cas, id, f), name(c.patient),
                name(c.insured), name(c.corrected), name(c.provider), name(c.crossover), name(c.priorityPayer),
                name(c.otherSubscriber), mia, moa, other, rendering, from, to, expiration, received, contacts, amounts,
                quantities, services);
    }

    private static Inpatient inpatient(Segment s, Fields f) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        List<String> remarks = List.of();
        for (int p = 2; p <= s.size(); p++) {
            if (p == 5 || (p >= 20 && p <= 23)) {
                String r = Fields.text(s, p);
                if (r != null) {
                    remarks = add(remarks, r);
                }
            } else {
                BigDecimal v = f.decimal(s, "2100", p);
                if (v != null) {
                    values.put(p, v);
                }
            }
        }
        return new Inpatient(f.decimal(s, "2100", 1), values, remarks);
    }

    private static Outpatient outpatient(Segment s, Fields f) {
        List<String> remarks = List.of();
        for (int p : MOA_REMARKS) {
            String r = Fields.text(s, p);
            if (r != null) {
                remarks = add(remarks, r);
            }
        }
        return new Outpatient(f.decimal(s, "2100", 1), f.decimal(s, "2100", 2), remarks, f.decimal(s, "2100", 8),
                f.decimal(s, "2100", 9));
    }

    /** DTM02 of a DTM segment, null when there is none. */
    private static java.time.LocalDate date(Segment dtm, String loopId, Fields f) {
        return dtm == null ? null : f.date(dtm, loopId, 2);
    }

    /** AMT or QTY segments as records of their qualifier (01) and decimal (02): Amount::new, Quantity::new. */
    private static <T> List<T> qualified(List<Segment> segments, String loopId, Fields f,
            java.util.function.BiFunction<String, java.math.BigDecimal, T> record) {
        List<T> out = List.of();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            out = add(out, record.apply(Fields.text(s, 1), f.decimal(s, loopId, 2)));
        }
        return out;
    }

    private static Procedure procedure(Segment s, int position) {
        Element e = s.element(position);
        if (e.isEmpty()) {
            return null;
        }
        List<String> modifiers = List.of();
        for (int c = 3; c <= 6; c++) {
            String m = e.component(c);
            if (!m.isEmpty()) {
                modifiers = add(modifiers, m);
            }
        }
        String qualifier = e.component(1);
        String code = e.component(2);
        String description = e.component(7);
        return new Procedure(qualifier.isEmpty() ? null : qualifier, code.isEmpty() ? null : code, modifiers,
                description.isEmpty() ? null : description);
    }

    private static ServicePayment service(Loop l, Fields f) {
        String id = "2110";
        Segment svc = null;
        Segment date = null; // DTM*472
        Segment start = null; // DTM*150
        Segment end = null; // DTM*151
        List<Segment> cas = List.of();
        List<Reference> serviceRefs = List.of();
        List<Reference> rendering = List.of();
        List<String> policies = List.of();
        String lineControl = null;
        List<Segment> amts = List.of();
        List<Segment> qtys = List.of();
        List<Remark> remarks = List.of();
        for (X12Node node : l.children()) {
            if (!(node instanceof Segment s)) {
                continue;
            }
            switch (s.id()) {
                case "SVC" -> svc = svc == null ? s : svc;
                case "DTM" -> {
                    switch (s.value(1)) {
                        case "472" -> date = date == null ? s : date;
                        case "150" -> start = start == null ? s : start;
                        case "151" -> end = end == null ? s : end;
                        default -> {
                        }
                    }
                }
                case "CAS" -> cas = add(cas, s);
                case "REF" -> {
                    String q = s.value(1);
                    if ("6R".equals(q) && lineControl == null) {
                        lineControl = Fields.text(s, 2);
                    } else if ("0K".equals(q)) {
                        String v = Fields.text(s, 2);
                        if (v != null) {
                            policies = add(policies, v);
                        }
                    } else if (Codes.LINE_RENDERING_REFS.contains(q)) {
                        rendering = add(rendering, reference(s));
                    } else {
                        serviceRefs = add(serviceRefs, reference(s));
                    }
                }
                case "AMT" -> amts = add(amts, s);
                case "QTY" -> qtys = add(qtys, s);
                case "LQ" -> remarks = add(remarks, new Remark(Fields.text(s, 1), Fields.text(s, 2)));
                default -> {
                }
            }
        }
        var serviceDate = date(date, id, f);
        var serviceStart = date(start, id, f);
        var serviceEnd = date(end, id, f);
        List<Amount> amounts = qualified(amts, id, f, Amount::new);
        List<Quantity> quantities = qualified(qtys, id, f, Quantity::new);
        if (svc == null) {
            return new ServicePayment(null, null, null, null, null, null, null, serviceDate, serviceStart, serviceEnd,
                    adjustments(cas, id, f), serviceRefs, lineControl, rendering, policies, amounts, quantities,
                    remarks);
        }
        return new ServicePayment(procedure(svc, 1), f.decimal(svc, id, 2), f.decimal(svc, id, 3),
                Fields.text(svc, 4), f.decimal(svc, id, 5), procedure(svc, 6), f.decimal(svc, id, 7), serviceDate,
                serviceStart, serviceEnd, adjustments(cas, id, f), serviceRefs, lineControl, rendering, policies,
                amounts, quantities, remarks);
    }

    private static ProviderAdjustment providerAdjustment(Segment s, Fields f) {
        List<ProviderAdjustmentItem> items = new ArrayList<>();
        for (int p = 3; p <= 13; p += 2) {
            String reason = Fields.text(s, p, 1);
            String ref = Fields.text(s, p, 2);
            BigDecimal amount = f.decimal(s, null, p + 1);
            if (reason != null || ref != null || amount != null) {
                items.add(new ProviderAdjustmentItem(reason, ref, amount));
            }
        }
        return new ProviderAdjustment(Fields.text(s, 1), f.date(s, null, 2), items);
    }

    // ------------------------------------------------------------------ writing

    @Override
    public Loop toBody(Remittance835 v) {
        Loop.Builder b = Loop.builder("835");
        Payment p = v.payment();
        if (p != null) {
            String[] e = new String[16];
            e[0] = p.handlingCode();
            e[1] = Fields.amount(p.amount());
            e[2] = p.creditDebit();
            e[3] = p.method();
            e[4] = p.format();
            bank(e, 5, p.sender());
            e[9] = p.originatingCompanyId();
            e[10] = p.originatingCompanyCode();
            bank(e, 11, p.receiver());
            e[15] = Fields.date(p.date());
            b.add(Segment.of("BPR", e));
        }
        Trace t = v.trace();
        if (t != null) {
            b.addIfPresent(Segment.of("TRN", t.type(), t.number(), t.originatorId(), t.originatorSupplementalCode()));
        }
        if (v.currency() != null) {
            b.add(Segment.of("CUR", "PR", v.currency()));
        }
        if (v.receiverId() != null) {
            b.add(Segment.of("REF", "EV", v.receiverId()));
        }
        if (v.versionId() != null) {
            b.add(Segment.of("REF", "F2", v.versionId()));
        }
        if (v.productionDate() != null) {
            b.add(Segment.of("DTM", "405", Fields.date(v.productionDate())));
        }
        if (v.payer() != null) {
            b.add(payer(v.payer()));
        }
        if (v.payee() != null) {
            b.add(payee(v.payee()));
        }
        for (HeaderGroup h : v.headers()) {
            b.add(header(h));
        }
        for (ProviderAdjustment a : v.providerAdjustments()) {
            b.add(plb(a));
        }
        return b.build();
    }

    private static void bank(String[] e, int index, BankAccount a) {
        if (a != null) {
            e[index] = a.dfiQualifier();
            e[index + 1] = a.dfiId();
            e[index + 2] = a.accountQualifier();
            e[index + 3] = a.accountNumber();
        }
    }

    private static void address(Loop.Builder b, Address a) {
        if (a != null) {
            b.addIfPresent(Segment.of("N3", a.line1(), a.line2()));
            b.addIfPresent(Segment.of("N4", a.city(), a.state(), a.postalCode(), a.country(), null, null,
                    a.countrySubdivision()));
        }
    }

    private static Segment per(Contact c) {
        String[] e = new String[8];
        e[0] = c.function();
        e[1] = c.name();
        for (int i = 0; i < c.numbers().size() && i < 3; i++) {
            e[2 + 2 * i] = c.numbers().get(i).qualifier();
            e[3 + 2 * i] = c.numbers().get(i).number();
        }
        return Segment.of("PER", e);
    }

    private static Loop payer(Payer p) {
        Loop.Builder b = Loop.builder("1000A");
        b.add(Segment.of("N1", "PR", p.name(), p.idQualifier(), p.id()));
        address(b, p.address());
        p.references().forEach(r -> b.add(Segment.of("REF", r.qualifier(), r.value())));
        if (p.businessContact() != null) {
            b.add(per(p.businessContact()));
        }
        p.technicalContacts().forEach(c -> b.add(per(c)));
        if (p.website() != null) {
            b.add(Segment.of("PER", "IC", null, "UR", p.website()));
        }
        return b.build();
    }

    private static Loop payee(Payee p) {
        Loop.Builder b = Loop.builder("1000B");
        b.add(Segment.of("N1", "PE", p.name(), p.idQualifier(), p.id()));
        address(b, p.address());
        p.references().forEach(r -> b.add(Segment.of("REF", r.qualifier(), r.value())));
        DeliveryMethod d = p.delivery();
        if (d != null) {
            b.addIfPresent(Segment.of("RDM", d.code(), d.name(), d.communicationNumber()));
        }
        return b.build();
    }

    private static Segment byPosition(String id, Map<Integer, String> values) {
        int max = values.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        String[] e = new String[max];
        values.forEach((k, val) -> e[k - 1] = val);
        return Segment.of(id, e);
    }

    private static Loop header(HeaderGroup h) {
        Loop.Builder b = Loop.builder("2000");
        b.add(Segment.of("LX", Fields.integer(h.number())));
        ProviderSummary s = h.summary();
        if (s != null) {
            Map<Integer, String> e = new TreeMap<>();
            e.put(1, s.providerId());
            e.put(2, s.facilityCode());
            e.put(3, Fields.date(s.fiscalPeriodDate()));
            e.put(4, Fields.amount(s.claimCount()));
            e.put(5, Fields.amount(s.totalCharge()));
            s.otherAmounts().forEach((k, val) -> e.put(k, Fields.amount(val)));
            b.add(byPosition("TS3", e));
        }
        if (!h.supplementalSummary().isEmpty()) {
            Map<Integer, String> e = new TreeMap<>();
            h.supplementalSummary().forEach((k, val) -> e.put(k, Fields.amount(val)));
            b.add(byPosition("TS2", e));
        }
        h.claims().forEach(c -> b.add(claim(c)));
        return b.build();
    }

    static void cas(Loop.Builder b, List<AdjustmentGroup> groups) {
        for (AdjustmentGroup g : groups) {
            String[] e = new String[19];
            e[0] = g.group();
            for (int i = 0; i < g.adjustments().size() && i < 6; i++) {
                Adjustment a = g.adjustments().get(i);
                e[1 + 3 * i] = a.reason();
                e[2 + 3 * i] = Fields.amount(a.amount());
                e[3 + 3 * i] = Fields.amount(a.quantity());
            }
            b.add(Segment.of("CAS", e));
        }
    }

    private static void nm1(Loop.Builder b, String code, Name n) {
        if (n != null) {
            b.add(Segment.of("NM1", code, n.entityType(), n.lastOrOrganization(), n.first(), n.middle(), null,
                    n.suffix(), n.idQualifier(), n.id()));
        }
    }

    private static void dtm(Loop.Builder b, String qualifier, java.time.LocalDate d) {
        if (d != null) {
            b.add(Segment.of("DTM", qualifier, Fields.date(d)));
        }
    }

    private static Loop claim(Claim c) {
        Loop.Builder b = Loop.builder("2100");
        b.add(Segment.of("CLP", c.patientControlNumber(), c.status(), Fields.amount(c.charge()),
                Fields.amount(c.paid()), Fields.amount(c.patientResponsibility()), c.filingIndicator(),
                c.payerClaimControlNumber(), c.facilityCode(), c.frequencyCode(), null, c.drgCode(),
                Fields.amount(c.drgWeight()), Fields.amount(c.dischargeFraction())));
        cas(b, c.adjustments());
        nm1(b, "QC", c.patient());
        nm1(b, "IL", c.insured());
        nm1(b, "74", c.correctedPatient());
        nm1(b, "82", c.serviceProvider());
        nm1(b, "TT", c.crossoverCarrier());
        nm1(b, "PR", c.correctedPriorityPayer());
        nm1(b, "GB", c.otherSubscriber());
        Inpatient mia = c.inpatient();
        if (mia != null) {
            Map<Integer, String> e = new TreeMap<>();
            e.put(1, Fields.amount(mia.coveredDays()));
            mia.values().forEach((k, val) -> e.put(k, Fields.amount(val)));
            for (int i = 0; i < mia.remarkCodes().size() && i < MIA_REMARKS.length; i++) {
                e.put(MIA_REMARKS[i], mia.remarkCodes().get(i));
            }
            b.add(byPosition("MIA", e));
        }
        Outpatient moa = c.outpatient();
        if (moa != null) {
            String[] e = new String[9];
            e[0] = Fields.amount(moa.reimbursementRate());
            e[1] = Fields.amount(moa.hcpcsPayable());
            for (int i = 0; i < moa.remarkCodes().size() && i < MOA_REMARKS.length; i++) {
                e[MOA_REMARKS[i] - 1] = moa.remarkCodes().get(i);
            }
            e[7] = Fields.amount(moa.esrdPayment());
            e[8] = Fields.amount(moa.nonpayableProfessionalComponent());
            b.add(Segment.of("MOA", e));
        }
        c.otherReferences().forEach(r -> b.add(Segment.of("REF", r.qualifier(), r.value())));
        c.renderingProviderReferences().forEach(r -> b.add(Segment.of("REF", r.qualifier(), r.value())));
        dtm(b, "232", c.statementFrom());
        dtm(b, "233", c.statementTo());
        dtm(b, "036", c.coverageExpiration());
        dtm(b, "050", c.receivedDate());
        c.contacts().forEach(p -> b.add(per(p)));
        c.amounts().forEach(a -> b.add(Segment.of("AMT", a.qualifier(), Fields.amount(a.amount()))));
        c.quantities().forEach(q -> b.add(Segment.of("QTY", q.qualifier(), Fields.amount(q.quantity()))));
        c.services().forEach(s -> b.add(service(s)));
        return b.build();
    }

    private static Element procedure(Procedure p) {
        if (p == null) {
            return Element.EMPTY;
        }
        List<String> c = new ArrayList<>();
        c.add(p.qualifier());
        c.add(p.code());
        for (int i = 0; i < 4; i++) {
            c.add(i < p.modifiers().size() ? p.modifiers().get(i) : null);
        }
        c.add(p.description());
        return Fields.composite(c);
    }

    private static Loop service(ServicePayment s) {
        Loop.Builder b = Loop.builder("2110");
        b.add(Segment.of("SVC", procedure(s.procedure()), Element.of(Fields.amount(s.charge())),
                Element.of(Fields.amount(s.paid())), Element.of(s.revenueCode()),
                Element.of(Fields.amount(s.unitsPaid())), procedure(s.submittedProcedure()),
                Element.of(Fields.amount(s.submittedUnits()))));
        dtm(b, "472", s.serviceDate());
        dtm(b, "150", s.serviceStart());
        dtm(b, "151", s.serviceEnd());
        cas(b, s.adjustments());
        s.serviceReferences().forEach(r -> b.add(Segment.of("REF", r.qualifier(), r.value())));
        if (s.lineItemControlNumber() != null) {
            b.add(Segment.of("REF", "6R", s.lineItemControlNumber()));
        }
        s.renderingProviderReferences().forEach(r -> b.add(Segment.of("REF", r.qualifier(), r.value())));
        s.healthcarePolicyIds().forEach(id -> b.add(Segment.of("REF", "0K", id)));
        s.amounts().forEach(a -> b.add(Segment.of("AMT", a.qualifier(), Fields.amount(a.amount()))));
        s.quantities().forEach(q -> b.add(Segment.of("QTY", q.qualifier(), Fields.amount(q.quantity()))));
        s.remarks().forEach(r -> b.add(Segment.of("LQ", r.qualifier(), r.code())));
        return b.build();
    }

    private static Segment plb(ProviderAdjustment a) {
        List<Element> e = new ArrayList<>();
        e.add(Element.of(a.providerId()));
        e.add(Element.of(Fields.date(a.fiscalPeriodDate())));
        for (int i = 0; i < a.adjustments().size() && i < 6; i++) {
            ProviderAdjustmentItem item = a.adjustments().get(i);
            e.add(Fields.composite(java.util.Arrays.asList(item.reason(), item.reference())));
            e.add(Element.of(Fields.amount(item.amount())));
        }
        return new Segment("PLB", e);
    }

    // ------------------------------------------------------------------ rules

    @Override
    public void check(TransactionSet transaction, Remittance835 value, FindingSink findings) {
        Remittance835Rules.check(transaction, findings);
    }
}
