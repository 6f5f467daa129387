package io.revcycle.x12.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.X12Values;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;

/**
 * Segment-level mapping shared by the 270/271 and 276/277 supports: segments to the small records of this package
 * and back. Reading never throws: what cannot be read becomes null (dates and amounts the schema has already
 * checked) or a finding (DTP periods, which the schema sees as text).
 */
public final class Parts {


    private Parts() {
    }

    // ------------------------------------------------------------------------------------------------ element values

    /** The simple value at a 1-based position, null when absent. */
    public static String text(Segment s, int position) {
        if (s == null) {
            return null;
        }
        String v = s.value(position);
        return v.isEmpty() ? null : v;
    }

    /** A component (1-based) of the first repetition, null when absent. */
    public static String component(Segment s, int position, int component) {
        if (s == null) {
            return null;
        }
        String v = s.component(position, component);
        return v.isEmpty() ? null : v;
    }

    /** The first component of each non-empty repetition of an element. */
    public static List<String> repetitions(Segment s, int position) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (List<String> r : s.element(position).repetitions()) {
            if (!r.isEmpty() && !r.get(0).isEmpty()) {
                out.add(r.get(0));
            }
        }
        return out;
    }

    public static LocalDate date(String text) {
        return X12Values.date(text);
    }

    public static String date(LocalDate date) {
        return X12Values.text(date);
    }

    public static BigDecimal decimal(String text) {
        if (text == null || text.isEmpty() || text.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    public static Integer integer(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A segment from values: String (null or "" = absent), Element, BigDecimal (plain string), LocalDate (CCYYMMDD),
     * Integer.
     */
    public static Segment segment(String id, Object... values) {
        List<Element> elements = new ArrayList<>(values.length);
        for (Object v : values) {
            elements.add(element(v));
        }
        return new Segment(id, elements);
    }

    private static Element element(Object v) {
        if (v == null) {
            return Element.EMPTY;
        }
        if (v instanceof Element e) {
            return e;
        }
        if (v instanceof BigDecimal d) {
            return Element.of(d.toPlainString());
        }
        if (v instanceof LocalDate d) {
            return Element.of(date(d));
        }
        return Element.of(v.toString());
    }

    /** A repeating simple element (EQ01, EB03); EMPTY when the list is empty. */
    public static Element repeated(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Element.EMPTY;
        }
        return Element.repeated(values.stream().map(List::of).toList());
    }

    // ------------------------------------------------------------------------------------------------ NM1, N3/N4

    public static EntityName name(Segment nm1) {
        if (nm1 == null) {
            return null;
        }
        return new EntityName(text(nm1, 1), text(nm1, 2), text(nm1, 3), text(nm1, 4), text(nm1, 5), text(nm1, 7),
                text(nm1, 8), text(nm1, 9));
    }

    public static Segment nm1(EntityName n) {
        return nm1(n, null);
    }

    /** NM1 with NM110 entity relationship code (2120 loops). */
    public static Segment nm1(EntityName n, String relationshipCode) {
        if (n == null) {
            return null;
        }
        return segment("NM1", n.entityCode(), n.entityType(), n.lastOrOrganizationName(), n.firstName(),
                n.middleName(), null, n.suffix(), n.idQualifier(), n.id(), relationshipCode);
    }

    /** N3 and N4 of a loop, null when neither is present. */
    public static Address address(Loop loop) {
        Segment n3 = loop.segment("N3").orElse(null);
        Segment n4 = loop.segment("N4").orElse(null);
        if (n3 == null && n4 == null) {
            return null;
        }
        return new Address(text(n3, 1), text(n3, 2), text(n4, 1), text(n4, 2), text(n4, 3), text(n4, 4),
                text(n4, 7));
    }

    public static void address(Loop.Builder b, Address a) {
        if (a == null) {
            return;
        }
        if (a.line1() != null || a.line2() != null) {
            b.add(segment("N3", a.line1(), a.line2()));
        }
        if (a.city() != null || a.state() != null || a.postalCode() != null || a.country() != null
                || a.countrySubdivision() != null) {
            b.add(segment("N4", a.city(), a.state(), a.postalCode(), a.country(), null, null,
                    a.countrySubdivision()));
        }
    }

    // ------------------------------------------------------------------------------------------------ small segments

    public static Reference reference(Segment ref) {
        return new Reference(text(ref, 1), text(ref, 2), text(ref, 3));
    }

    public static Segment ref(Reference r) {
        return r == null ? null : segment("REF", r.qualifier(), r.value(), r.description());
    }

    public static List<Reference> references(Loop loop) {
        return loop.segments("REF").stream().map(Parts::reference).toList();
    }

    public static Demographics demographics(Segment dmg) {
        return dmg == null ? null : new Demographics(date(text(dmg, 2)), text(dmg, 3));
    }

    public static Segment dmg(Demographics d) {
        return d == null ? null : segment("DMG", "D8", d.birthDate(), d.gender());
    }

    public static Trace trace(Segment trn) {
        return new Trace(text(trn, 1), text(trn, 2), text(trn, 3), text(trn, 4));
    }

    public static Segment trn(Trace t) {
        return t == null ? null : segment("TRN", t.typeCode(), t.number(), t.originatorId(), t.secondaryId());
    }

    public static Rejection rejection(Segment aaa) {
        return new Rejection("Y".equals(text(aaa, 1)), text(aaa, 3), text(aaa, 4));
    }

    public static Segment aaa(Rejection r) {
        return segment("AAA", r.validRequest() ? "Y" : "N", null, r.reasonCode(), r.followUpAction());
    }

    public static List<Rejection> rejections(Loop loop) {
        return loop.segments("AAA").stream().map(Parts::rejection).toList();
    }

    public static Contact contact(Segment per) {
        List<Communication> numbers = new ArrayList<>();
        for (int p = 3; p <= 7; p += 2) {
            if (text(per, p) != null || text(per, p + 1) != null) {
                numbers.add(new Communication(text(per, p), text(per, p + 1)));
            }
        }
        return new Contact(text(per, 1), text(per, 2), numbers);
    }

    public static Segment per(Contact c) {
        Object[] v = new Object[8];
        v[0] = c.functionCode();
        v[1] = c.name();
        for (int i = 0; i < c.numbers().size() && i < 3; i++) {
            v[2 + 2 * i] = c.numbers().get(i).qualifier();
            v[3 + 2 * i] = c.numbers().get(i).number();
        }
        return segment("PER", v);
    }

    public static ProviderInfo provider(Segment prv) {
        return prv == null ? null : new ProviderInfo(text(prv, 1), text(prv, 2), text(prv, 3));
    }

    public static Segment prv(ProviderInfo p) {
        return p == null ? null : segment("PRV", p.providerCode(), p.qualifier(), p.identifier());
    }

    public static InsuredInfo insured(Segment ins) {
        return ins == null ? null
                : new InsuredInfo(text(ins, 1), text(ins, 2), text(ins, 3), text(ins, 4), text(ins, 17));
    }

    public static Segment ins(InsuredInfo i) {
        if (i == null) {
            return null;
        }
        Object[] v = new Object[17];
        v[0] = i.insured();
        v[1] = i.relationshipCode();
        v[2] = i.maintenanceTypeCode();
        v[3] = i.maintenanceReason();
        v[16] = i.birthSequenceNumber();
        return segment("INS", v);
    }

    public static List<HealthCode> healthCodes(Segment hi) {
        List<HealthCode> out = new ArrayList<>();
        if (hi == null) {
            return out;
        }
        for (int p = 1; p <= hi.size(); p++) {
            String q = component(hi, p, 1);
            String c = component(hi, p, 2);
            if (q != null || c != null) {
                out.add(new HealthCode(q, c));
            }
        }
        return out;
    }

    public static Segment hi(List<HealthCode> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        List<Element> e = new ArrayList<>();
        for (HealthCode c : codes) {
            e.add(Element.composite(c.qualifier(), c.code()));
        }
        return new Segment("HI", e);
    }

    public static ProcedureCode procedure(Segment s, int position) {
        if (s == null || s.element(position).isEmpty()) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (int c = 3; c <= 6; c++) {
            String m = component(s, position, c);
            if (m != null) {
                modifiers.add(m);
            }
        }
        return new ProcedureCode(component(s, position, 1), component(s, position, 2), modifiers);
    }

    public static Element procedure(ProcedureCode p) {
        if (p == null) {
            return Element.EMPTY;
        }
        String[] c = new String[2 + p.modifiers().size()];
        c[0] = p.qualifier();
        c[1] = p.code();
        for (int i = 0; i < p.modifiers().size(); i++) {
            c[2 + i] = p.modifiers().get(i);
        }
        return Element.composite(c);
    }

    public static List<Integer> pointers(Segment s, int position) {
        List<Integer> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String c : s.element(position).components()) {
            Integer i = integer(c);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    public static Element pointers(List<Integer> pointers) {
        if (pointers == null || pointers.isEmpty()) {
            return Element.EMPTY;
        }
        return Element.composite(pointers.stream().map(String::valueOf).toArray(String[]::new));
    }

    public static IndustryCode industry(Segment iii) {
        return new IndustryCode(text(iii, 1), text(iii, 2), text(iii, 3), text(iii, 4));
    }

    public static Segment iii(IndustryCode c) {
        return segment("III", c.qualifier(), c.code(), c.category(), c.text());
    }

    public static ServiceDelivery delivery(Segment hsd) {
        return new ServiceDelivery(text(hsd, 1), decimal(text(hsd, 2)), text(hsd, 3), decimal(text(hsd, 4)),
                text(hsd, 5), integer(text(hsd, 6)), text(hsd, 7), text(hsd, 8));
    }

    public static Segment hsd(ServiceDelivery d) {
        return segment("HSD", d.quantityQualifier(), d.quantity(), d.unit(), d.sampleModulus(), d.timePeriod(),
                d.periods(), d.deliveryPattern(), d.deliveryTime());
    }

    // ------------------------------------------------------------------------------------------------ dates

    /** DTP: D8 single date or RD8 range; an unreadable date is a finding and null. */
    public static DatePeriod period(Segment dtp, String loopId, MappingContext ctx) {
        return period(dtp, text(dtp, 1), 2, loopId, ctx);
    }

    /** A D8/RD8 format qualifier at {@code formatPosition} followed by the date text. */
    public static DatePeriod period(Segment s, String qualifier, int formatPosition, String loopId,
            MappingContext ctx) {
        String format = text(s, formatPosition);
        String value = text(s, formatPosition + 1);
        if (format == null && value == null) {
            return null;
        }
        if ("D8".equals(format)) {
            LocalDate d = date(value);
            if (d != null) {
                return new DatePeriod(qualifier, d, null);
            }
        } else if ("RD8".equals(format) && value != null && value.length() == 17 && value.charAt(8) == '-') {
            LocalDate a = date(value.substring(0, 8));
            LocalDate b = date(value.substring(9));
            if (a != null && b != null) {
                if (b.isBefore(a)) {
                    ctx.guide(s, loopId, formatPosition + 1, 0, "DATE_RANGE_REVERSED", "8",
                            s.id() + String.format("%02d", formatPosition + 1)
                                    + " is a date range whose end is before its start");
                }
                return new DatePeriod(qualifier, a, b);
            }
        }
        ctx.guide(s, loopId, formatPosition + 1, 0, "DATE_INVALID", "8", s.id()
                + String.format("%02d", formatPosition + 1) + " is not a valid " + (format == null ? "date" : format)
                + " date (CCYYMMDD, or CCYYMMDD-CCYYMMDD for RD8)");
        return null;
    }

    public static List<DatePeriod> periods(Loop loop, String loopId, MappingContext ctx) {
        List<DatePeriod> out = new ArrayList<>();
        for (Segment s : loop.segments("DTP")) {
            DatePeriod p = period(s, loopId, ctx);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    public static Segment dtp(DatePeriod p) {
        if (p == null) {
            return null;
        }
        Object[] f = periodElements(p);
        return segment("DTP", p.qualifier(), f[0], f[1]);
    }

    /** The format qualifier (D8/RD8) and the date text of a period. */
    public static Object[] periodElements(DatePeriod p) {
        if (p.start() == null) {
            return new Object[] { p.end() == null ? "D8" : "RD8", null };
        }
        if (p.end() == null) {
            return new Object[] { "D8", date(p.start()) };
        }
        return new Object[] { "RD8", date(p.start()) + "-" + date(p.end()) };
    }

    public static MilitaryInfo military(Segment mpi, String loopId, MappingContext ctx) {
        if (mpi == null) {
            return null;
        }
        return new MilitaryInfo(text(mpi, 1), text(mpi, 2), text(mpi, 3), text(mpi, 4), text(mpi, 5),
                period(mpi, null, 6, loopId, ctx));
    }

    public static Segment mpi(MilitaryInfo m) {
        if (m == null) {
            return null;
        }
        Object[] f = m.period() == null ? new Object[2] : periodElements(m.period());
        return segment("MPI", m.informationStatus(), m.employmentStatus(), m.affiliation(), m.description(), m.rank(),
                f[0], f[1]);
    }
}
