package io.revcycle.x12.claim;

import static io.revcycle.x12.claim.Fields.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;

/**
 * Typed 837 records to the loop tree of the body: IG loop ids, repeated segments in guide order, HL numbering (HL01
 * from 1 in document order, HL02 the parent's HL01, HL04 whether children follow).
 */
final class Claim837Writer {

    private final boolean inst;
    private int hl;

    private Claim837Writer(boolean institutional) {
        this.inst = institutional;
    }

    static Loop write(Claim837 value) {
        return new Claim837Writer(value.institutional()).body(value);
    }

    private Loop body(Claim837 v) {
        Loop.Builder b = Loop.builder("837");
        b.add(Segment.of("BHT", "0019", v.purpose(), v.referenceId(), text(v.created()), v.createdTime(),
                v.claimOrEncounter()));
        Loop.Builder submitter = Loop.builder("1000A").add(nm1(v.submitter()));
        v.submitterContacts().forEach(c -> submitter.add(per(c)));
        b.add(submitter.build());
        b.add(Loop.builder("1000B").add(nm1(v.receiver())).build());
        for (BillingProvider bp : v.billingProviders()) {
            billingProvider(b, bp);
        }
        return b.build();
    }

    private void billingProvider(Loop.Builder body, BillingProvider bp) {
        int id = ++hl;
        Provider p = bp.provider();
        Loop.Builder l = Loop.builder("2000A").add(Segment.of("HL", String.valueOf(id), null, "20", "1"));
        if (p != null && p.taxonomy() != null) {
            l.add(Segment.of("PRV", "BI", "PXC", p.taxonomy()));
        }
        if (bp.currency() != null) {
            l.add(Segment.of("CUR", "85", bp.currency()));
        }
        if (p != null && p.name() != null) {
            l.add(providerLoop("2010AA", p, null, Guide837.BILLING_REFS));
        }
        if (bp.payToAddress() != null) {
            String type = p != null && p.name() != null && p.name().entityType() != null ? p.name().entityType() : "2";
            Loop.Builder payTo = Loop.builder("2010AB").add(Segment.of("NM1", "87", type));
            address(payTo, bp.payToAddress());
            l.add(payTo.build());
        }
        if (bp.payToPlan() != null) {
            l.add(providerLoop("2010AC", bp.payToPlan(), null, Guide837.PAY_TO_PLAN_REFS));
        }
        body.add(l.build());
        for (Subscriber s : bp.subscribers()) {
            subscriber(body, s, id);
        }
    }

    private void subscriber(Loop.Builder body, Subscriber s, int parent) {
        int id = ++hl;
        Loop.Builder l = Loop.builder("2000B")
                .add(Segment.of("HL", String.valueOf(id), String.valueOf(parent), "22",
                        s.patients().isEmpty() ? "0" : "1"))
                .add(Segment.of("SBR", s.payerResponsibility(), s.relationship(), s.groupNumber(), s.groupName(),
                        s.insuranceType(), null, null, null, s.claimFilingIndicator()));
        if (s.details() != null) {
            l.add(pat(null, s.details()));
        }
        if (s.subscriber() != null) {
            l.add(personLoop("2010BA", s.subscriber(), Guide837.SUBSCRIBER_REFS));
        }
        if (s.payer() != null) {
            l.add(payerLoop("2010BB", s.payer(), Guide837.PAYER_REFS));
        }
        s.claims().forEach(c -> l.add(claim(c)));
        body.add(l.build());
        for (Patient p : s.patients()) {
            Loop.Builder pl = Loop.builder("2000C")
                    .add(Segment.of("HL", String.valueOf(++hl), String.valueOf(id), "23", "0"))
                    .add(pat(p.relationship(), p.details()));
            if (p.person() != null) {
                pl.add(personLoop("2010CA", p.person(), Guide837.PATIENT_REFS));
            }
            p.claims().forEach(c -> pl.add(claim(c)));
            body.add(pl.build());
        }
    }

    private static Segment pat(String relationship, PatientDetails d) {
        if (d == null) {
            return Segment.of("PAT", relationship);
        }
        return Segment.of("PAT", relationship, null, null, null, d.deathDate() == null ? null : "D8",
                text(d.deathDate()), d.weight() == null ? null : "01", text(d.weight()), d.pregnant() ? "Y" : null);
    }

    // ------------------------------------------------------------------------------------------------ claim
    private Loop claim(Claim c) {
        Loop.Builder l = Loop.builder("2300");
        List<Element> clm = new ArrayList<>();
        clm.add(Element.of(c.patientControlNumber()));
        clm.add(Element.of(text(c.totalCharge())));
        clm.add(Element.EMPTY);
        clm.add(Element.EMPTY);
        clm.add(Element.composite(c.facilityCode(), inst ? "A" : "B", c.frequencyCode()));
        clm.add(Element.of(c.providerSignature()));
        clm.add(Element.of(c.assignment()));
        clm.add(Element.of(c.benefitsAssignment()));
        clm.add(Element.of(c.releaseOfInformation()));
        clm.add(Element.of(c.patientSignatureSource()));
        RelatedCauses rc = c.relatedCauses();
        if (rc == null) {
            clm.add(Element.EMPTY);
        } else {
            List<String> comps = new ArrayList<>(rc.causes());
            while (comps.size() < 3) {
                comps.add(null);
            }
            comps.add(rc.state());
            comps.add(rc.country());
            clm.add(Element.composite(comps.toArray(String[]::new)));
        }
        clm.add(Element.of(c.specialProgram()));
        for (int i = 13; i <= 19; i++) {
            clm.add(Element.EMPTY);
        }
        clm.add(Element.of(c.delayReason()));
        l.add(new Segment("CLM", clm));
        dates(l, c.dates(), inst ? Guide837.CLAIM_DATES_I : Guide837.CLAIM_DATES_P);
        if (c.institutional() != null) {
            Institutional i = c.institutional();
            l.add(Segment.of("CL1", i.admissionType(), i.admissionSource(), i.patientStatus()));
        }
        raw(l, c.otherSegments(), "PWK", "CN1");
        c.amounts().forEach(a -> l.add(Segment.of("AMT", a.qualifier(), text(a.amount()))));
        refs(l, c.references(), inst ? Guide837.CLAIM_REFS_I : Guide837.CLAIM_REFS_P);
        raw(l, c.otherSegments(), "K3");
        notes(l, c.notes(), inst ? Guide837.CLAIM_NOTES_I : List.of());
        raw(l, c.otherSegments(), "CR1", "CR2", "CRC");
        healthCodes(l, c);
        raw(l, c.otherSegments(), "HCP");
        List<String> roles = inst ? Guide837.CLAIM_PROVIDERS_I : Guide837.CLAIM_PROVIDERS_P;
        for (Provider p : Guide837.ordered(c.providers(), roles, Provider::role)) {
            String loopId = Guide837.loopId("2310", roles, p.role());
            l.add(providerLoop(loopId, p, prvCode(loopId)));
        }
        c.otherSubscribers().forEach(o -> l.add(otherSubscriber(o)));
        c.lines().forEach(line -> l.add(line(line)));
        return l.build();
    }

    private String prvCode(String loopId) {
        if (inst) {
            return loopId.equals("2310A") ? "AT" : null;
        }
        return loopId.equals("2310B") || loopId.equals("2420A") ? "PE" : null;
    }

    private void healthCodes(Loop.Builder l, Claim c) {
        List<Guide837.HiFamily> families = inst ? Guide837.HI_I : Guide837.HI_P;
        List<HealthCode> all = new ArrayList<>(c.diagnoses());
        all.addAll(c.otherCodes());
        Map<Integer, List<HealthCode>> byFamily = new TreeMap<>();
        all.stream().sorted(Comparator.comparingInt(h -> Guide837.hiRank(families, h.qualifier())))
                .forEach(h -> byFamily.computeIfAbsent(Guide837.hiRank(families, h.qualifier()), k -> new ArrayList<>())
                        .add(h));
        for (Map.Entry<Integer, List<HealthCode>> e : byFamily.entrySet()) {
            int per = e.getKey() < families.size() ? families.get(e.getKey()).perSegment() : 12;
            List<HealthCode> codes = e.getValue();
            for (int from = 0; from < codes.size(); from += per) {
                List<Element> els = new ArrayList<>();
                for (HealthCode h : codes.subList(from, Math.min(codes.size(), from + per))) {
                    els.add(healthCode(h));
                }
                l.add(new Segment("HI", els));
            }
        }
    }

    private static Element healthCode(HealthCode h) {
        String fmt = null;
        String date = null;
        if (h.date() != null) {
            fmt = h.end() != null ? "RD8" : "D8";
            date = h.end() != null ? text(h.date()) + "-" + text(h.end()) : text(h.date());
        }
        return Element.composite(h.qualifier(), h.code(), fmt, date, text(h.amount()), null, null, null,
                h.presentOnAdmission());
    }

    private static void dates(Loop.Builder l, List<ClaimDate> dates, List<String> order) {
        for (ClaimDate d : Guide837.ordered(dates, order, ClaimDate::qualifier)) {
            l.add(dtp(d));
        }
    }

    private static Segment dtp(ClaimDate d) {
        String value = switch (d.format()) {
            case "TM" -> d.time();
            case "DT" -> text(d.date()) + d.time();
            case "RD8" -> text(d.date()) + "-" + text(d.end());
            default -> text(d.date());
        };
        return Segment.of("DTP", d.qualifier(), d.format(), value);
    }

    private static void refs(Loop.Builder l, List<Reference> refs, List<String> order) {
        for (Reference r : Guide837.ordered(refs, order, Reference::qualifier)) {
            l.add(Segment.of("REF", r.qualifier(), r.value()));
        }
    }

    private static void notes(Loop.Builder l, List<Note> notes, List<String> order) {
        for (Note n : Guide837.ordered(notes, order, Note::code)) {
            l.add(Segment.of("NTE", n.code(), n.text()));
        }
    }

    private static void raw(Loop.Builder l, List<Segment> segments, String... ids) {
        for (String id : ids) {
            segments.stream().filter(s -> s.id().equals(id)).forEach(l::add);
        }
    }

    // ------------------------------------------------------------------------------------------------ COB
    private Loop otherSubscriber(OtherSubscriber o) {
        Loop.Builder l = Loop.builder("2320").add(Segment.of("SBR", o.payerResponsibility(), o.relationship(),
                o.groupNumber(), o.groupName(), o.insuranceType(), null, null, null, o.claimFilingIndicator()));
        cas(l, o.adjustments());
        List<String> order = inst ? Guide837.COB_AMOUNTS_I : Guide837.COB_AMOUNTS_P;
        for (String q : order) {
            java.math.BigDecimal a = switch (q) {
                case "D" -> o.payerPaid();
                case "A8" -> o.nonCovered();
                default -> o.remainingPatientLiability();
            };
            if (a != null) {
                l.add(Segment.of("AMT", q, text(a)));
            }
        }
        l.add(Segment.of("OI", null, null, o.benefitsAssignment(), o.patientSignatureSource(), null,
                o.releaseOfInformation()));
        if (o.inpatientAdjudication() != null) {
            l.add(o.inpatientAdjudication());
        }
        if (o.outpatientAdjudication() != null) {
            l.add(o.outpatientAdjudication());
        }
        if (o.subscriber() != null) {
            l.add(personLoop("2330A", o.subscriber(), Guide837.OTHER_SUBSCRIBER_REFS));
        }
        if (o.payer() != null) {
            l.add(payerLoop("2330B", o.payer(), Guide837.OTHER_PAYER_REFS));
        }
        List<String> roles = inst ? Guide837.OTHER_PAYER_PROVIDERS_I : Guide837.OTHER_PAYER_PROVIDERS_P;
        for (Provider p : Guide837.ordered(o.providers(), roles, Provider::role)) {
            l.add(providerLoop(Guide837.otherPayerLoopId(roles, p.role()), p, null));
        }
        return l.build();
    }

    private static void cas(Loop.Builder l, List<Adjustment> adjustments) {
        int i = 0;
        while (i < adjustments.size()) {
            String group = adjustments.get(i).group();
            List<String> values = new ArrayList<>();
            values.add(group);
            int n = 0;
            while (i < adjustments.size() && n < 6 && java.util.Objects.equals(adjustments.get(i).group(), group)) {
                Adjustment a = adjustments.get(i);
                values.add(a.reason());
                values.add(text(a.amount()));
                values.add(text(a.quantity()));
                i++;
                n++;
            }
            l.add(Segment.of("CAS", values.toArray(String[]::new)));
        }
    }

    // ------------------------------------------------------------------------------------------------ lines
    private Loop line(Line line) {
        Loop.Builder l = Loop.builder("2400").add(Segment.of("LX", String.valueOf(line.number())));
        if (line.professional() != null) {
            ProfessionalService s = line.professional();
            List<Element> e = new ArrayList<>();
            e.add(procedure(s.procedure()));
            e.add(Element.of(text(s.charge())));
            e.add(Element.of(s.unit()));
            e.add(Element.of(text(s.quantity())));
            e.add(Element.of(s.placeOfService()));
            e.add(Element.EMPTY);
            e.add(Element.composite(s.diagnosisPointers().stream().map(String::valueOf).toArray(String[]::new)));
            e.add(Element.EMPTY);
            e.add(Element.of(s.emergency()));
            e.add(Element.EMPTY);
            e.add(Element.of(s.epsdt()));
            e.add(Element.of(s.familyPlanning()));
            e.add(Element.EMPTY);
            e.add(Element.EMPTY);
            e.add(Element.of(s.copayStatus()));
            l.add(new Segment("SV1", e));
        }
        if (line.institutional() != null) {
            InstitutionalService s = line.institutional();
            l.add(Segment.of("SV2", Element.of(s.revenueCode()), procedure(s.procedure()),
                    Element.of(text(s.charge())), Element.of(s.unit()), Element.of(text(s.quantity())), Element.EMPTY,
                    Element.of(text(s.nonCoveredCharge()))));
        }
        raw(l, line.otherSegments(), "SV5", "PWK", "CR1", "CR3", "CRC");
        dates(l, line.dates(), inst ? Guide837.LINE_DATES_I : Guide837.LINE_DATES_P);
        raw(l, line.otherSegments(), "QTY", "MEA", "CN1");
        refs(l, line.references(), inst ? Guide837.LINE_REFS_I : Guide837.LINE_REFS_P);
        for (Amount a : Guide837.ordered(line.amounts(), inst ? Guide837.LINE_AMOUNTS_I : Guide837.LINE_AMOUNTS_P,
                Amount::qualifier)) {
            l.add(Segment.of("AMT", a.qualifier(), text(a.amount())));
        }
        raw(l, line.otherSegments(), "K3");
        notes(l, line.notes(), inst ? List.of() : Guide837.LINE_NOTES_P);
        raw(l, line.otherSegments(), "PS1", "HCP");
        if (line.drug() != null) {
            Drug d = line.drug();
            Loop.Builder drug = Loop.builder("2410").add(Segment.of("LIN", null, d.qualifier(), d.code()))
                    .add(Segment.of("CTP", Element.EMPTY, Element.EMPTY, Element.EMPTY,
                            Element.of(text(d.quantity())), Element.composite(d.unit())));
            if (d.reference() != null) {
                drug.add(Segment.of("REF", d.reference().qualifier(), d.reference().value()));
            }
            l.add(drug.build());
        }
        List<String> roles = inst ? Guide837.LINE_PROVIDERS_I : Guide837.LINE_PROVIDERS_P;
        for (Provider p : Guide837.ordered(line.providers(), roles, Provider::role)) {
            String loopId = Guide837.loopId("2420", roles, p.role());
            l.add(providerLoop(loopId, p, prvCode(loopId)));
        }
        for (LineAdjudication a : line.adjudications()) {
            Loop.Builder adj = Loop.builder("2430").add(Segment.of("SVD", Element.of(a.payerId()),
                    Element.of(text(a.paid())), a.procedure() == null ? Element.EMPTY : procedure(a.procedure()),
                    Element.of(a.revenueCode()), Element.of(text(a.paidUnits())), Element.of(text(a.bundledLine()))));
            cas(adj, a.adjustments());
            if (a.adjudicationDate() != null) {
                adj.add(Segment.of("DTP", "573", "D8", text(a.adjudicationDate())));
            }
            if (a.remainingPatientLiability() != null) {
                adj.add(Segment.of("AMT", "EAF", text(a.remainingPatientLiability())));
            }
            l.add(adj.build());
        }
        Loop.Builder form = null;
        for (Segment s : line.otherSegments()) {
            if (s.id().equals("LQ")) {
                if (form != null) {
                    l.add(form.build());
                }
                form = Loop.builder("2440").add(s);
            } else if (s.id().equals("FRM") && form != null) {
                form.add(s);
            }
        }
        if (form != null) {
            l.add(form.build());
        }
        return l.build();
    }

    private static Element procedure(Procedure p) {
        if (p == null) {
            return Element.EMPTY;
        }
        String[] c = new String[7];
        c[0] = p.qualifier();
        c[1] = p.code();
        for (int i = 0; i < p.modifiers().size() && i < 4; i++) {
            c[2 + i] = p.modifiers().get(i);
        }
        c[6] = p.description();
        return Element.composite(c);
    }

    // ------------------------------------------------------------------------------------------------ parties
    static Segment nm1(Name n) {
        if (n == null) {
            return new Segment("NM1", List.of());
        }
        return Segment.of("NM1", n.entity(), n.entityType(), n.lastOrOrganization(), n.first(), n.middle(), null,
                n.suffix(), n.idQualifier(), n.id());
    }

    private static void address(Loop.Builder l, Address a) {
        if (a == null) {
            return;
        }
        l.add(Segment.of("N3", a.line1(), a.line2()));
        l.add(Segment.of("N4", a.city(), a.state(), a.postalCode(), a.country(), null, null, a.countrySubdivision()));
    }

    private static Segment per(Contact c) {
        List<String> v = new ArrayList<>();
        v.add("IC");
        v.add(c.name());
        for (Contact.Communication n : c.numbers()) {
            v.add(n.qualifier());
            v.add(n.number());
        }
        return Segment.of("PER", v.toArray(String[]::new));
    }

    private static Loop providerLoop(String id, Provider p, String prvCode) {
        return providerLoop(id, p, prvCode, List.of());
    }

    private static Loop providerLoop(String id, Provider p, String prvCode, List<String> refOrder) {
        Loop.Builder l = Loop.builder(id).add(nm1(p.name()));
        if (prvCode != null && p.taxonomy() != null) {
            l.add(Segment.of("PRV", prvCode, "PXC", p.taxonomy()));
        }
        address(l, p.address());
        refs(l, p.references(), refOrder);
        p.contacts().forEach(c -> l.add(per(c)));
        return l.build();
    }

    private static Loop personLoop(String id, Person p, List<String> refOrder) {
        Loop.Builder l = Loop.builder(id).add(nm1(p.name()));
        address(l, p.address());
        if (p.birthDate() != null || p.gender() != null) {
            l.add(Segment.of("DMG", p.birthDate() == null ? null : "D8", text(p.birthDate()), p.gender()));
        }
        refs(l, p.references(), refOrder);
        if (p.contact() != null) {
            l.add(per(p.contact()));
        }
        return l.build();
    }

    private static Loop payerLoop(String id, Payer p, List<String> refOrder) {
        Loop.Builder l = Loop.builder(id).add(nm1(p.name()));
        address(l, p.address());
        if (p.adjudicationDate() != null) {
            l.add(Segment.of("DTP", "573", "D8", text(p.adjudicationDate())));
        }
        refs(l, p.references(), refOrder);
        return l.build();
    }
}
