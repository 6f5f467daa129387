package io.revcycle.x12.status;

import static io.revcycle.x12.eligibility.Parts.text;
import static io.revcycle.x12.status.ClaimStatusRequest276Support.addRef;
import static io.revcycle.x12.status.ClaimStatusRequest276Support.child;
import static io.revcycle.x12.status.ClaimStatusRequest276Support.name;
import static io.revcycle.x12.status.ClaimStatusRequest276Support.ref;
import static io.revcycle.x12.status.StatusRules.DEPENDENT;
import static io.revcycle.x12.status.StatusRules.EMPTY_LOOP;
import static io.revcycle.x12.status.StatusRules.PROVIDER;
import static io.revcycle.x12.status.StatusRules.RECEIVER;
import static io.revcycle.x12.status.StatusRules.SUBSCRIBER;
import static io.revcycle.x12.status.StatusRules.TREE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.eligibility.HlTree;
import io.revcycle.x12.eligibility.MappingContext;
import io.revcycle.x12.eligibility.Parts;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.GuideSupport;
import io.revcycle.x12.validate.FindingSink;

/**
 * 277 Health Care Claim Status Response, 005010X212 (GS01 HN). ST01 277 is also the 277CA (005010X214): the catalog
 * tells them apart by ST03.
 */
public final class ClaimStatusResponse277Support extends GuideSupport<ClaimStatusResponse277> {

    public ClaimStatusResponse277Support() {
        super("277", "005010X212", List.of(), "HN", ClaimStatusResponse277.class);
    }

    /** Claim status category families (first letter of STC01-1): acknowledgement, data search, error, finalized, pending, request. */
    static final Set<String> CLAIM_FAMILIES = Set.of("A", "D", "E", "F", "P", "R");
    /** A service line was found, so "data search unsuccessful" (D) is a claim-level answer only. */
    static final Set<String> LINE_FAMILIES = Set.of("A", "E", "F", "P", "R");

    // ------------------------------------------------------------------------------------------------ read

    @Override
    public ClaimStatusResponse277 fromBody(TransactionSet transaction, FindingSink findings) {
        MappingContext ctx = new MappingContext(transaction.controlNumber(), findings);
        Loop body = transaction.body();
        Segment bht = body.segment("BHT").orElse(null);
        List<Payer277> payers = new ArrayList<>();
        for (HlTree.Node payer : TREE.build(body)) {
            List<Receiver277> receivers = new ArrayList<>();
            for (HlTree.Node receiver : payer.children(RECEIVER)) {
                List<Provider277> providers = new ArrayList<>();
                for (HlTree.Node provider : receiver.children(PROVIDER)) {
                    List<Subscriber277> subscribers = new ArrayList<>();
                    for (HlTree.Node subscriber : provider.children(SUBSCRIBER)) {
                        List<Dependent277> dependents = new ArrayList<>();
                        for (HlTree.Node d : subscriber.children(DEPENDENT)) {
                            dependents.add(new Dependent277(name(d, "2100E"), claims(d, "E", ctx)));
                        }
                        subscribers.add(new Subscriber277(name(subscriber, "2100D"), claims(subscriber, "D", ctx),
                                dependents));
                    }
                    providers.add(new Provider277(name(provider, "2100C"), subscribers));
                }
                receivers.add(new Receiver277(name(receiver, "2100B"), providers));
            }
            Loop payerName = payer.loop("2100A").orElse(EMPTY_LOOP);
            payers.add(new Payer277(Parts.name(payerName.segment("NM1").orElse(null)),
                    payerName.segments("PER").stream().map(Parts::contact).toList(), receivers));
        }
        return new ClaimStatusResponse277(text(bht, 3), Parts.date(text(bht, 4)), text(bht, 5), payers);
    }

    private static List<ClaimStatus277> claims(HlTree.Node node, String suffix, MappingContext ctx) {
        List<ClaimStatus277> out = new ArrayList<>();
        String claimLoop = "2200" + suffix;
        String lineLoop = "2220" + suffix;
        for (Loop c : node.loop().loops(claimLoop)) {
            List<LineStatus277> lines = new ArrayList<>();
            for (Loop l : c.loops(lineLoop)) {
                Segment svc = l.segment("SVC").orElse(null);
                lines.add(new LineStatus277(Parts.procedure(svc, 1), Parts.decimal(text(svc, 2)),
                        Parts.decimal(text(svc, 3)), text(svc, 4), Parts.decimal(text(svc, 7)), statuses(l),
                        ref(l, "FJ"), l.segment("DTP").map(s -> Parts.period(s, lineLoop, ctx)).orElse(null)));
            }
            out.add(new ClaimStatus277(c.segment("TRN").map(s -> text(s, 2)).orElse(null), statuses(c),
                    ref(c, "1K"), ref(c, "BLT"), ref(c, "EJ"), ref(c, "XZ"), ref(c, "VV"), ref(c, "D9"),
                    c.segment("DTP").map(s -> Parts.period(s, claimLoop, ctx)).orElse(null), lines));
        }
        return out;
    }

    private static List<StatusInfo> statuses(Loop loop) {
        List<StatusInfo> out = new ArrayList<>();
        for (Segment stc : loop.segments("STC")) {
            List<StatusCode> codes = new ArrayList<>();
            for (int p : new int[] { 1, 10, 11 }) {
                if (!stc.element(p).isEmpty()) {
                    codes.add(new StatusCode(Parts.component(stc, p, 1), Parts.component(stc, p, 2),
                            Parts.component(stc, p, 3), Parts.component(stc, p, 4)));
                }
            }
            out.add(new StatusInfo(codes, Parts.date(text(stc, 2)), Parts.decimal(text(stc, 4)),
                    Parts.decimal(text(stc, 5)), Parts.date(text(stc, 6)), text(stc, 7), Parts.date(text(stc, 8)),
                    text(stc, 9)));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ write

    @Override
    public Loop toBody(ClaimStatusResponse277 value) {
        Loop.Builder b = Loop.builder("277");
        b.add(Parts.segment("BHT", "0010", "08", value.referenceId(), value.date(), value.time(), "DG"));
        HlTree.Numbering hl = new HlTree.Numbering();
        for (Payer277 payer : value.payers()) {
            String payerId = hl.peek();
            Loop.Builder payerName = Loop.builder("2100A").add(Parts.nm1(payer.name()));
            payer.contacts().forEach(c -> payerName.add(Parts.per(c)));
            b.add(Loop.builder("2000A").add(hl.hl(null, "20", child(payer.receivers()))).add(payerName.build())
                    .build());
            for (Receiver277 receiver : payer.receivers()) {
                String receiverId = hl.peek();
                b.add(ClaimStatusRequest276Support.level("2000B", hl.hl(payerId, "21", child(receiver.providers())),
                        "2100B", receiver.name()));
                for (Provider277 provider : receiver.providers()) {
                    String providerId = hl.peek();
                    b.add(ClaimStatusRequest276Support.level("2000C",
                            hl.hl(receiverId, "19", child(provider.subscribers())), "2100C", provider.name()));
                    for (Subscriber277 s : provider.subscribers()) {
                        String subscriberId = hl.peek();
                        b.add(patient("D", hl.hl(providerId, "22", child(s.dependents())), s.name(), s.claims()));
                        for (Dependent277 d : s.dependents()) {
                            b.add(patient("E", hl.hl(subscriberId, "23", null), d.name(), d.claims()));
                        }
                    }
                }
            }
        }
        return b.build();
    }

    private static Loop patient(String suffix, Segment hl, EntityName name, List<ClaimStatus277> claims) {
        Loop.Builder level = Loop.builder("2000" + suffix).add(hl)
                .add(Loop.builder("2100" + suffix).add(Parts.nm1(name)).build());
        for (ClaimStatus277 c : claims) {
            Loop.Builder claim = Loop.builder("2200" + suffix).add(Parts.segment("TRN", "2", c.traceNumber()));
            c.statuses().forEach(s -> claim.add(stc(s)));
            addRef(claim, "1K", c.payerClaimControlNumber());
            addRef(claim, "BLT", c.billType());
            addRef(claim, "EJ", c.patientControlNumber());
            addRef(claim, "XZ", c.prescriptionNumber());
            addRef(claim, "VV", c.voucherId());
            addRef(claim, "D9", c.clearinghouseClaimNumber());
            claim.add(Parts.dtp(c.serviceDate()));
            for (LineStatus277 l : c.lines()) {
                Loop.Builder line = Loop.builder("2220" + suffix).add(Parts.segment("SVC",
                        Parts.procedure(l.procedure()), l.charge(), l.paid(), l.revenueCode(), null, null, l.units()));
                l.statuses().forEach(s -> line.add(stc(s)));
                addRef(line, "FJ", l.lineItemControlNumber());
                line.add(Parts.dtp(l.serviceDate()));
                claim.add(line.build());
            }
            level.add(claim.build());
        }
        return level.build();
    }

    private static Segment stc(StatusInfo s) {
        Element[] codes = new Element[3];
        for (int i = 0; i < 3; i++) {
            StatusCode c = i < s.codes().size() ? s.codes().get(i) : null;
            codes[i] = c == null ? Element.EMPTY
                    : Element.composite(c.category(), c.status(), c.entity(), c.codeListQualifier());
        }
        return Parts.segment("STC", codes[0], s.effectiveDate(), null, s.totalCharge(), s.payment(),
                s.adjudicationDate(), s.paymentMethod(), s.paymentDate(), s.checkNumber(), codes[1], codes[2]);
    }

    // ------------------------------------------------------------------------------------------------ rules

    /**
     * SNIP 4: HL numbering and parents; each patient level has a claim (2200); each REF qualifier once per claim;
     * status category codes of a family valid for the level (claim: A, D, E, F, P, R; service line: A, E, F, P, R).
     */
    @Override
    public void check(TransactionSet transaction, ClaimStatusResponse277 value, FindingSink findings) {
        MappingContext ctx = new MappingContext(transaction.controlNumber(), findings);
        Loop body = transaction.body();
        TREE.check(body, ctx);
        StatusRules.patients(body, ctx, "277_CLAIM_MISSING", (patient, suffix, claim) -> {
            String claimLoop = "2200" + suffix;
            StatusRules.referencesOnce(claim, claimLoop, ctx, "277_REF_REPEATED");
            categories(claim, claimLoop, CLAIM_FAMILIES, "claim", ctx);
            for (Loop line : claim.loops("2220" + suffix)) {
                categories(line, "2220" + suffix, LINE_FAMILIES, "service line", ctx);
            }
        });
    }

    private static void categories(Loop loop, String loopId, Set<String> families, String level,
            MappingContext ctx) {
        for (Segment stc : loop.segments("STC")) {
            for (int p : new int[] { 1, 10, 11 }) {
                String category = stc.component(p, 1);
                if (category.isEmpty()) {
                    continue;
                }
                if (!families.contains(category.substring(0, 1))) {
                    ctx.situational(stc, loopId, p, 1, "277_STC_CATEGORY", "I6", "STC" + String.format("%02d", p)
                            + "-1 (claim status category code) is not valid at the " + level + " level: use a code of"
                            + " the families " + String.join(", ", families.stream().sorted().toList())
                            + (level.equals("service line") ? " (D0, data search unsuccessful, answers for the whole"
                                    + " claim)" : ""));
                }
            }
        }
    }
}
