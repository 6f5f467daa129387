package io.revcycle.x12.status;

import static io.revcycle.x12.eligibility.Parts.text;
import static io.revcycle.x12.status.StatusRules.DEPENDENT;
import static io.revcycle.x12.status.StatusRules.EMPTY_LOOP;
import static io.revcycle.x12.status.StatusRules.PROVIDER;
import static io.revcycle.x12.status.StatusRules.RECEIVER;
import static io.revcycle.x12.status.StatusRules.SUBSCRIBER;
import static io.revcycle.x12.status.StatusRules.TREE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.revcycle.x12.eligibility.HlTree;
import io.revcycle.x12.eligibility.MappingContext;
import io.revcycle.x12.eligibility.Parts;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.GuideSupport;
import io.revcycle.x12.validate.FindingSink;

/** 276 Health Care Claim Status Request, 005010X212 (GS01 HR). */
public final class ClaimStatusRequest276Support extends GuideSupport<ClaimStatusRequest276> {

    public ClaimStatusRequest276Support() {
        super("276", "005010X212", List.of(), "HR", ClaimStatusRequest276.class);
    }

    // ------------------------------------------------------------------------------------------------ read

    @Override
    public ClaimStatusRequest276 fromBody(TransactionSet transaction, FindingSink findings) {
        MappingContext ctx = new MappingContext(transaction.controlNumber(), findings);
        Loop body = transaction.body();
        Segment bht = body.segment("BHT").orElse(null);
        List<Payer276> payers = new ArrayList<>();
        for (HlTree.Node payer : TREE.build(body)) {
            List<Receiver276> receivers = new ArrayList<>();
            for (HlTree.Node receiver : payer.children(RECEIVER)) {
                List<Provider276> providers = new ArrayList<>();
                for (HlTree.Node provider : receiver.children(PROVIDER)) {
                    List<Subscriber276> subscribers = new ArrayList<>();
                    for (HlTree.Node subscriber : provider.children(SUBSCRIBER)) {
                        List<Dependent276> dependents = new ArrayList<>();
                        for (HlTree.Node d : subscriber.children(DEPENDENT)) {
                            dependents.add(new Dependent276(Parts.demographics(d.loop().segment("DMG").orElse(null)),
                                    name(d, "2100E"), claims(d, "E", ctx)));
                        }
                        subscribers.add(new Subscriber276(
                                Parts.demographics(subscriber.loop().segment("DMG").orElse(null)),
                                name(subscriber, "2100D"), claims(subscriber, "D", ctx), dependents));
                    }
                    providers.add(new Provider276(name(provider, "2100C"), subscribers));
                }
                receivers.add(new Receiver276(name(receiver, "2100B"), providers));
            }
            payers.add(new Payer276(name(payer, "2100A"), receivers));
        }
        return new ClaimStatusRequest276(text(bht, 3), Parts.date(text(bht, 4)), text(bht, 5), payers);
    }

    static io.revcycle.x12.eligibility.EntityName name(HlTree.Node node, String loopId) {
        return Parts.name(node.loop(loopId).orElse(EMPTY_LOOP).segment("NM1").orElse(null));
    }

    private static List<ClaimInquiry276> claims(HlTree.Node node, String suffix, MappingContext ctx) {
        List<ClaimInquiry276> out = new ArrayList<>();
        String claimLoop = "2200" + suffix;
        String lineLoop = "2210" + suffix;
        for (Loop c : node.loop().loops(claimLoop)) {
            List<LineInquiry276> lines = new ArrayList<>();
            for (Loop l : c.loops(lineLoop)) {
                Segment svc = l.segment("SVC").orElse(null);
                lines.add(new LineInquiry276(Parts.procedure(svc, 1), Parts.decimal(text(svc, 2)), text(svc, 4),
                        Parts.decimal(text(svc, 7)), ref(l, "FJ"),
                        l.segment("DTP").map(s -> Parts.period(s, lineLoop, ctx)).orElse(null)));
            }
            out.add(new ClaimInquiry276(c.segment("TRN").map(s -> text(s, 2)).orElse(null), ref(c, "1K"),
                    ref(c, "BLT"), ref(c, "LU"), ref(c, "6P"), ref(c, "EJ"), ref(c, "XZ"), ref(c, "D9"),
                    c.segment("AMT", 1, "T3").map(s -> Parts.decimal(text(s, 2))).orElse(null),
                    c.segment("DTP").map(s -> Parts.period(s, claimLoop, ctx)).orElse(null), lines));
        }
        return out;
    }

    static String ref(Loop loop, String qualifier) {
        return loop.segment("REF", 1, qualifier).map(s -> text(s, 2)).orElse(null);
    }

    // ------------------------------------------------------------------------------------------------ write

    @Override
    public Loop toBody(ClaimStatusRequest276 value) {
        Loop.Builder b = Loop.builder("276");
        b.add(Parts.segment("BHT", "0010", "13", value.referenceId(), value.date(), value.time()));
        HlTree.Numbering hl = new HlTree.Numbering();
        for (Payer276 payer : value.payers()) {
            String payerId = hl.peek();
            b.add(level("2000A", hl.hl(null, "20", child(payer.receivers())), "2100A", payer.name()));
            for (Receiver276 receiver : payer.receivers()) {
                String receiverId = hl.peek();
                b.add(level("2000B", hl.hl(payerId, "21", child(receiver.providers())), "2100B", receiver.name()));
                for (Provider276 provider : receiver.providers()) {
                    String providerId = hl.peek();
                    b.add(level("2000C", hl.hl(receiverId, "19", child(provider.subscribers())), "2100C",
                            provider.name()));
                    for (Subscriber276 s : provider.subscribers()) {
                        String subscriberId = hl.peek();
                        b.add(patient("D", hl.hl(providerId, "22", child(s.dependents())), s.demographics(), s.name(),
                                s.claims()));
                        for (Dependent276 d : s.dependents()) {
                            b.add(patient("E", hl.hl(subscriberId, "23", null), d.demographics(), d.name(),
                                    d.claims()));
                        }
                    }
                }
            }
        }
        return b.build();
    }

    static String child(List<?> children) {
        return children.isEmpty() ? "0" : "1";
    }

    static Loop level(String levelLoop, Segment hl, String nameLoop, io.revcycle.x12.eligibility.EntityName name) {
        return Loop.builder(levelLoop).add(hl).add(Loop.builder(nameLoop).add(Parts.nm1(name)).build()).build();
    }

    private static Loop patient(String suffix, Segment hl, io.revcycle.x12.eligibility.Demographics demographics,
            io.revcycle.x12.eligibility.EntityName name, List<ClaimInquiry276> claims) {
        Loop.Builder level = Loop.builder("2000" + suffix).add(hl).add(Parts.dmg(demographics))
                .add(Loop.builder("2100" + suffix).add(Parts.nm1(name)).build());
        for (ClaimInquiry276 c : claims) {
            Loop.Builder claim = Loop.builder("2200" + suffix).add(Parts.segment("TRN", "1", c.traceNumber()));
            addRef(claim, "1K", c.payerClaimControlNumber());
            addRef(claim, "BLT", c.billType());
            addRef(claim, "LU", c.locationSystemId());
            addRef(claim, "6P", c.groupNumber());
            addRef(claim, "EJ", c.patientControlNumber());
            addRef(claim, "XZ", c.prescriptionNumber());
            addRef(claim, "D9", c.clearinghouseClaimNumber());
            if (c.totalCharge() != null) {
                claim.add(Parts.segment("AMT", "T3", c.totalCharge()));
            }
            claim.add(Parts.dtp(c.serviceDate()));
            for (LineInquiry276 l : c.lines()) {
                Loop.Builder line = Loop.builder("2210" + suffix).add(Parts.segment("SVC",
                        Parts.procedure(l.procedure()), l.charge(), null, l.revenueCode(), null, null, l.units()));
                addRef(line, "FJ", l.lineItemControlNumber());
                line.add(Parts.dtp(l.serviceDate()));
                claim.add(line.build());
            }
            level.add(claim.build());
        }
        return level.build();
    }

    static void addRef(Loop.Builder b, String qualifier, String value) {
        if (value != null) {
            b.add(Parts.segment("REF", qualifier, value));
        }
    }

    // ------------------------------------------------------------------------------------------------ rules

    /**
     * SNIP 4: HL numbering and parents; each patient level has a claim (2200) and, for a subscriber who is the
     * patient, demographics (DMG); trace numbers (TRN02) unique in the transaction; each REF qualifier once per
     * claim; a dependent is not the subscriber.
     */
    @Override
    public void check(TransactionSet transaction, ClaimStatusRequest276 value, FindingSink findings) {
        MappingContext ctx = new MappingContext(transaction.controlNumber(), findings);
        Loop body = transaction.body();
        TREE.check(body, ctx);
        Map<String, Boolean> traces = new HashMap<>();
        StatusRules.patients(body, ctx, "276_CLAIM_MISSING", (patient, suffix, claim) -> {
            String loopId = "2200" + suffix;
            claim.segment("TRN").ifPresent(trn -> {
                String number = trn.value(2);
                if (!number.isEmpty() && traces.put(number, Boolean.TRUE) != null) {
                    ctx.situational(trn, loopId, 2, 0, "276_TRACE_DUPLICATE", "I12", "TRN02 (claim status"
                            + " tracking number) repeats an earlier claim's: each claim needs its own trace number so"
                            + " that the 277 answers can be matched");
                }
            });
            StatusRules.referencesOnce(claim, loopId, ctx, "276_REF_REPEATED");
        });
        for (HlTree.Node payer : TREE.build(body)) {
            for (HlTree.Node receiver : payer.children(RECEIVER)) {
                for (HlTree.Node provider : receiver.children(PROVIDER)) {
                    for (HlTree.Node subscriber : provider.children(SUBSCRIBER)) {
                        List<HlTree.Node> dependents = subscriber.children(DEPENDENT);
                        if (dependents.isEmpty() && subscriber.loop().segment("DMG").isEmpty()) {
                            ctx.situational(subscriber.hl(), subscriber.loop().id(), 0, 0,
                                    "276_PATIENT_DEMOGRAPHICS", "I6", "The subscriber is the patient, so the"
                                            + " subscriber demographic information (DMG) is required");
                        }
                        for (HlTree.Node dependent : dependents) {
                            dependentIsNotSubscriber(subscriber, dependent, ctx);
                        }
                    }
                }
            }
        }
    }

    private static void dependentIsNotSubscriber(HlTree.Node subscriber, HlTree.Node dependent,
            MappingContext ctx) {
        Segment sn = subscriber.loop("2100D").orElse(EMPTY_LOOP).segment("NM1").orElse(null);
        Segment dn = dependent.loop("2100E").orElse(EMPTY_LOOP).segment("NM1").orElse(null);
        String sb = subscriber.loop().segment("DMG").map(s -> s.value(2)).orElse("");
        String db = dependent.loop().segment("DMG").map(s -> s.value(2)).orElse("");
        if (sn != null && dn != null && !sb.isEmpty() && sb.equals(db) && same(sn.value(3), dn.value(3))
                && same(sn.value(4), dn.value(4))) {
            ctx.situational(dependent.hl(), dependent.loop().id(), 0, 0, "DEPENDENT_IS_SUBSCRIBER", "I9",
                    "The dependent has the subscriber's name and birth date: when the patient is the subscriber,"
                            + " the dependent level is not used and the claim goes under the subscriber");
        }
    }

    private static boolean same(String a, String b) {
        return !a.isEmpty() && a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT));
    }
}
