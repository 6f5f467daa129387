package io.revcycle.x12.eligibility;

import static io.revcycle.x12.eligibility.EligibilityRules.DEPENDENT;
import static io.revcycle.x12.eligibility.EligibilityRules.EMPTY_LOOP;
import static io.revcycle.x12.eligibility.EligibilityRules.RECEIVER;
import static io.revcycle.x12.eligibility.EligibilityRules.SUBSCRIBER;
import static io.revcycle.x12.eligibility.EligibilityRules.TREE;
import static io.revcycle.x12.eligibility.Parts.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.spi.GuideSupport;
import io.revcycle.x12.validate.FindingSink;

/** 271 Health Care Eligibility Benefit Response, 005010X279A1 (GS01 HB). */
public final class EligibilityResponse271Support extends GuideSupport<EligibilityResponse271> {

    public EligibilityResponse271Support() {
        super("271", "005010X279A1", List.of(), "HB", EligibilityResponse271.class);
    }

    // ------------------------------------------------------------------------------------------------ read

    @Override
    public EligibilityResponse271 fromBody(TransactionSet transaction, FindingSink findings) {
        MappingContext ctx = new MappingContext(transaction.controlNumber(), findings);
        Loop body = transaction.body();
        Segment bht = body.segment("BHT").orElse(null);
        List<Source271> sources = new ArrayList<>();
        for (HlTree.Node source : TREE.build(body)) {
            List<Receiver271> receivers = new ArrayList<>();
            for (HlTree.Node receiver : source.children(RECEIVER)) {
                receivers.add(receiver(receiver, ctx));
            }
            Loop name = source.loop("2100A").orElse(EMPTY_LOOP);
            sources.add(new Source271(Parts.rejections(source.loop()), Parts.name(name.segment("NM1").orElse(null)),
                    name.segments("PER").stream().map(Parts::contact).toList(), Parts.rejections(name), receivers));
        }
        return new EligibilityResponse271(text(bht, 2), text(bht, 3), Parts.date(text(bht, 4)), text(bht, 5),
                sources);
    }

    private static Receiver271 receiver(HlTree.Node node, MappingContext ctx) {
        Loop name = node.loop("2100B").orElse(EMPTY_LOOP);
        List<Subscriber271> subscribers = new ArrayList<>();
        for (HlTree.Node s : node.children(SUBSCRIBER)) {
            List<Member271> dependents = new ArrayList<>();
            for (HlTree.Node d : s.children(DEPENDENT)) {
                dependents.add(member(d, "2100D", "2110D", "2115D", "2120D", ctx));
            }
            subscribers.add(new Subscriber271(member(s, "2100C", "2110C", "2115C", "2120C", ctx), dependents));
        }
        return new Receiver271(Parts.name(name.segment("NM1").orElse(null)), Parts.references(name),
                Parts.address(name), Parts.rejections(name), Parts.provider(name.segment("PRV").orElse(null)),
                subscribers);
    }

    private static Member271 member(HlTree.Node node, String nameLoop, String benefitLoop, String infoLoop,
            String entityLoop, MappingContext ctx) {
        Loop name = node.loop(nameLoop).orElse(EMPTY_LOOP);
        List<Benefit> benefits = new ArrayList<>();
        for (Loop eb : name.loops(benefitLoop)) {
            benefits.add(benefit(eb, benefitLoop, infoLoop, entityLoop, ctx));
        }
        return new Member271(node.loop().segments("TRN").stream().map(Parts::trace).toList(),
                Parts.name(name.segment("NM1").orElse(null)), Parts.references(name), Parts.address(name),
                Parts.rejections(name), Parts.provider(name.segment("PRV").orElse(null)),
                Parts.demographics(name.segment("DMG").orElse(null)), Parts.insured(name.segment("INS").orElse(null)),
                Parts.healthCodes(name.segment("HI").orElse(null)), Parts.periods(name, nameLoop, ctx),
                Parts.military(name.segment("MPI").orElse(null), nameLoop, ctx), benefits);
    }

    private static Benefit benefit(Loop loop, String loopId, String infoLoop, String entityLoop,
            MappingContext ctx) {
        Segment eb = loop.segment("EB").orElse(null);
        List<IndustryCode> info = new ArrayList<>();
        for (Loop iii : loop.loops(infoLoop)) {
            iii.segment("III").ifPresent(s -> info.add(Parts.industry(s)));
        }
        List<RelatedEntity> entities = new ArrayList<>();
        for (Loop e : loop.loops(entityLoop)) {
            Segment nm1 = e.segment("NM1").orElse(null);
            entities.add(new RelatedEntity(Parts.name(nm1), text(nm1, 10), Parts.address(e),
                    e.segments("PER").stream().map(Parts::contact).toList(),
                    Parts.provider(e.segment("PRV").orElse(null))));
        }
        return new Benefit(text(eb, 1), text(eb, 2), Parts.repetitions(eb, 3), text(eb, 4), text(eb, 5),
                text(eb, 6), Parts.decimal(text(eb, 7)), Parts.decimal(text(eb, 8)), text(eb, 9),
                Parts.decimal(text(eb, 10)), text(eb, 11), text(eb, 12), Parts.procedure(eb, 13),
                Parts.pointers(eb, 14), loop.segments("HSD").stream().map(Parts::delivery).toList(),
                Parts.references(loop), Parts.periods(loop, loopId, ctx), Parts.rejections(loop),
                loop.segments("MSG").stream().map(s -> text(s, 1)).filter(m -> m != null).toList(), info,
                entities);
    }

    // ------------------------------------------------------------------------------------------------ write

    @Override
    public Loop toBody(EligibilityResponse271 value) {
        Loop.Builder b = Loop.builder("271");
        b.add(Parts.segment("BHT", "0022", value.purposeCode(), value.submitterTransactionId(), value.date(),
                value.time()));
        HlTree.Numbering hl = new HlTree.Numbering();
        for (Source271 source : value.sources()) {
            String sourceId = hl.peek();
            Loop.Builder level = Loop.builder("2000A").add(hl.hl(null, "20", source.receivers().isEmpty() ? "0" : "1"));
            source.levelRejections().forEach(r -> level.add(Parts.aaa(r)));
            Loop.Builder name = Loop.builder("2100A").add(Parts.nm1(source.name()));
            source.contacts().forEach(c -> name.add(Parts.per(c)));
            source.rejections().forEach(r -> name.add(Parts.aaa(r)));
            b.add(level.add(name.build()).build());
            for (Receiver271 receiver : source.receivers()) {
                String receiverId = hl.peek();
                Loop.Builder rn = Loop.builder("2100B").add(Parts.nm1(receiver.name()));
                receiver.references().forEach(r -> rn.add(Parts.ref(r)));
                Parts.address(rn, receiver.address());
                receiver.rejections().forEach(r -> rn.add(Parts.aaa(r)));
                rn.add(Parts.prv(receiver.provider()));
                b.add(Loop.builder("2000B")
                        .add(hl.hl(sourceId, "21", receiver.subscribers().isEmpty() ? "0" : "1"))
                        .add(rn.build()).build());
                for (Subscriber271 subscriber : receiver.subscribers()) {
                    String subscriberId = hl.peek();
                    b.add(member(hl.hl(receiverId, "22", subscriber.dependents().isEmpty() ? "0" : "1"),
                            subscriber.subscriber(), "C"));
                    for (Member271 dependent : subscriber.dependents()) {
                        b.add(member(hl.hl(subscriberId, "23", "0"), dependent, "D"));
                    }
                }
            }
        }
        return b.build();
    }

    private static Loop member(Segment hl, Member271 m, String suffix) {
        Loop.Builder level = Loop.builder("2000" + suffix).add(hl);
        m.traces().forEach(t -> level.add(Parts.trn(t)));
        Loop.Builder name = Loop.builder("2100" + suffix).add(Parts.nm1(m.name()));
        m.references().forEach(r -> name.add(Parts.ref(r)));
        Parts.address(name, m.address());
        m.rejections().forEach(r -> name.add(Parts.aaa(r)));
        name.add(Parts.prv(m.provider())).add(Parts.dmg(m.demographics())).add(Parts.ins(m.insured()))
                .add(Parts.hi(m.diagnoses()));
        m.dates().forEach(d -> name.add(Parts.dtp(d)));
        name.add(Parts.mpi(m.military()));
        for (Benefit e : m.benefits()) {
            name.add(benefit(e, suffix));
        }
        return level.add(name.build()).build();
    }

    private static Loop benefit(Benefit e, String suffix) {
        Loop.Builder b = Loop.builder("2110" + suffix).add(Parts.segment("EB", e.infoCode(), e.coverageLevel(),
                Parts.repeated(e.serviceTypes()), e.insuranceType(), e.planDescription(), e.timePeriod(), e.amount(),
                e.percent(), e.quantityQualifier(), e.quantity(), e.authorizationRequired(), e.inNetwork(),
                Parts.procedure(e.procedure()), Parts.pointers(e.diagnosisPointers())));
        e.deliveries().forEach(d -> b.add(Parts.hsd(d)));
        e.references().forEach(r -> b.add(Parts.ref(r)));
        e.dates().forEach(d -> b.add(Parts.dtp(d)));
        e.rejections().forEach(r -> b.add(Parts.aaa(r)));
        e.messages().forEach(m -> b.add(Parts.segment("MSG", m)));
        e.additionalInfo().forEach(i -> b.add(Loop.builder("2115" + suffix).add(Parts.iii(i)).build()));
        if (!e.relatedEntities().isEmpty()) {
            b.add(Parts.segment("LS", "2120"));
            for (RelatedEntity r : e.relatedEntities()) {
                Loop.Builder l = Loop.builder("2120" + suffix).add(Parts.nm1(r.name(), r.relationshipCode()));
                Parts.address(l, r.address());
                r.contacts().forEach(c -> l.add(Parts.per(c)));
                l.add(Parts.prv(r.provider()));
                b.add(l.build());
            }
            b.add(Parts.segment("LE", "2120"));
        }
        return b.build();
    }

    // ------------------------------------------------------------------------------------------------ rules

    /**
     * SNIP 4: HL numbering and parents; EB08 percent between 0 and 1; EB14 pointers point to HI codes; a level with
     * a rejection (AAA) has no benefits (EB) and no subordinate levels; the patient has benefits or a rejection;
     * LS/LE wrap the 2120 loops; a dependent is not the subscriber.
     */
    @Override
    public void check(TransactionSet transaction, EligibilityResponse271 value, FindingSink findings) {
        MappingContext ctx = new MappingContext(transaction.controlNumber(), findings);
        Loop body = transaction.body();
        TREE.check(body, ctx);
        for (HlTree.Node source : TREE.build(body)) {
            Loop sourceName = source.loop("2100A").orElse(EMPTY_LOOP);
            boolean sourceRejected = !source.loop().segments("AAA").isEmpty()
                    || !sourceName.segments("AAA").isEmpty();
            noSubordinates(source, sourceRejected, "information source", ctx);
            for (HlTree.Node receiver : source.children(RECEIVER)) {
                boolean rejected = !receiver.loop("2100B").orElse(EMPTY_LOOP).segments("AAA").isEmpty();
                noSubordinates(receiver, rejected, "information receiver", ctx);
                for (HlTree.Node subscriber : receiver.children(SUBSCRIBER)) {
                    List<HlTree.Node> dependents = subscriber.children(DEPENDENT);
                    member(subscriber, "C", dependents.isEmpty(), ctx);
                    for (HlTree.Node dependent : dependents) {
                        member(dependent, "D", true, ctx);
                        EligibilityRules.dependentIsNotSubscriber(subscriber, "2100C", dependent, "2100D", ctx);
                    }
                }
            }
        }
    }

    private static void noSubordinates(HlTree.Node node, boolean rejected, String who, MappingContext ctx) {
        if (rejected && !node.children().isEmpty()) {
            HlTree.Node child = node.children().get(0);
            ctx.situational(child.hl(), child.loop().id(), 0, 0, "271_AAA_WITH_SUBORDINATES", "I9",
                    "The " + who + " carries a rejection (AAA), so no subordinate level may follow it");
        }
    }

    private static void member(HlTree.Node node, String suffix, boolean patient, MappingContext ctx) {
        String nameLoop = "2100" + suffix;
        String benefitLoop = "2110" + suffix;
        Loop name = node.loop(nameLoop).orElse(null);
        if (name == null) {
            return;
        }
        List<Loop> benefits = name.loops(benefitLoop);
        EligibilityRules.diagnosisPointers(name, benefitLoop, "EB", 14, ctx);
        boolean rejected = !name.segments("AAA").isEmpty();
        if (rejected && !benefits.isEmpty()) {
            ctx.situational(benefits.get(0).segment("EB").orElse(null), benefitLoop, 0, 0, "271_AAA_WITH_BENEFITS",
                    "I9", "The " + (suffix.equals("C") ? "subscriber" : "dependent")
                            + " carries a rejection (AAA in loop " + nameLoop
                            + "), so no eligibility or benefit information (EB) may be sent for it");
        }
        if (patient && !rejected && benefits.isEmpty()) {
            ctx.situational(name.segment("NM1").orElse(node.hl()), nameLoop, 0, 0, "271_BENEFITS_MISSING", "I6",
                    "The " + (suffix.equals("C") ? "subscriber" : "dependent")
                            + " is the patient but has neither benefit information (loop " + benefitLoop
                            + " EB) nor a rejection (AAA)");
        }
        for (Loop benefit : benefits) {
            Segment eb = benefit.segment("EB").orElse(null);
            BigDecimal percent = Parts.decimal(text(eb, 8));
            if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.ONE) > 0)) {
                ctx.situational(eb, benefitLoop, 8, 0, "271_EB_PERCENT", "I12",
                        "EB08 (benefit percent) must be a decimal fraction between 0 and 1 (0.2 = 20 %)");
            }
            lsLe(benefit, benefitLoop, "2120" + suffix, ctx);
        }
    }

    /** LS*2120 comes right before the first 2120 loop and LE*2120 right after the last, only when there are some. */
    private static void lsLe(Loop benefit, String benefitLoop, String entityLoop, MappingContext ctx) {
        List<X12Node> children = benefit.children();
        int ls = -1;
        int le = -1;
        int first = -1;
        int last = -1;
        for (int i = 0; i < children.size(); i++) {
            X12Node n = children.get(i);
            if (n instanceof Segment s && s.id().equals("LS") && ls < 0) {
                ls = i;
            } else if (n instanceof Segment s && s.id().equals("LE")) {
                le = i;
            } else if (n instanceof Loop l && l.id().equals(entityLoop)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        Segment eb = benefit.segment("EB").orElse(null);
        if (first >= 0 && (ls < 0 || ls > first)) {
            ctx.situational(eb, benefitLoop, 0, 0, "271_LS_LE", "I6",
                    "Loop " + entityLoop + " (benefit related entity) must be preceded by LS*2120");
        }
        if (first >= 0 && (le < 0 || le < last)) {
            ctx.situational(eb, benefitLoop, 0, 0, "271_LS_LE", "I6",
                    "Loop " + entityLoop + " (benefit related entity) must be followed by LE*2120");
        }
        if (first < 0 && (ls >= 0 || le >= 0)) {
            Segment s = (Segment) children.get(ls >= 0 ? ls : le);
            ctx.situational(s, benefitLoop, 0, 0, "271_LS_LE", "I9",
                    "LS/LE are used only around loop " + entityLoop + " (benefit related entity), which is absent");
        }
    }
}
