package io.revcycle.x12.eligibility;

import static io.revcycle.x12.eligibility.EligibilityRules.DEPENDENT;
import static io.revcycle.x12.eligibility.EligibilityRules.EMPTY_LOOP;
import static io.revcycle.x12.eligibility.EligibilityRules.RECEIVER;
import static io.revcycle.x12.eligibility.EligibilityRules.SUBSCRIBER;
import static io.revcycle.x12.eligibility.EligibilityRules.TREE;
import static io.revcycle.x12.eligibility.Parts.text;

import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.GuideSupport;
import io.revcycle.x12.validate.FindingSink;

/** 270 Health Care Eligibility Benefit Inquiry, 005010X279A1 (GS01 HS). */
public final class EligibilityInquiry270Support extends GuideSupport<EligibilityInquiry270> {

    public EligibilityInquiry270Support() {
        super("270", "005010X279A1", List.of(), "HS", EligibilityInquiry270.class);
    }

    // ------------------------------------------------------------------------------------------------ read

    @Override
    public EligibilityInquiry270 fromBody(TransactionSet transaction, FindingSink findings) {
        MappingContext ctx = new MappingContext(transaction.controlNumber(), findings);
        Loop body = transaction.body();
        Segment bht = body.segment("BHT").orElse(null);
        List<Source270> sources = new ArrayList<>();
        for (HlTree.Node source : TREE.build(body)) {
            List<Receiver270> receivers = new ArrayList<>();
            for (HlTree.Node receiver : source.children(RECEIVER)) {
                receivers.add(receiver(receiver, ctx));
            }
            Loop name = source.loop("2100A").orElse(EMPTY_LOOP);
            sources.add(new Source270(Parts.name(name.segment("NM1").orElse(null)), receivers));
        }
        return new EligibilityInquiry270(text(bht, 2), text(bht, 3), Parts.date(text(bht, 4)), text(bht, 5),
                sources);
    }

    private static Receiver270 receiver(HlTree.Node node, MappingContext ctx) {
        Loop name = node.loop("2100B").orElse(EMPTY_LOOP);
        List<Subscriber270> subscribers = new ArrayList<>();
        for (HlTree.Node s : node.children(SUBSCRIBER)) {
            List<Member270> dependents = new ArrayList<>();
            for (HlTree.Node d : s.children(DEPENDENT)) {
                dependents.add(member(d, "2100D", "2110D", ctx));
            }
            subscribers.add(new Subscriber270(member(s, "2100C", "2110C", ctx), dependents));
        }
        return new Receiver270(Parts.name(name.segment("NM1").orElse(null)), Parts.references(name),
                Parts.address(name), Parts.provider(name.segment("PRV").orElse(null)), subscribers);
    }

    private static Member270 member(HlTree.Node node, String nameLoop, String inquiryLoop, MappingContext ctx) {
        Loop name = node.loop(nameLoop).orElse(EMPTY_LOOP);
        List<Inquiry270> inquiries = new ArrayList<>();
        for (Loop eq : name.loops(inquiryLoop)) {
            inquiries.add(inquiry(eq, inquiryLoop, ctx));
        }
        return new Member270(node.loop().segments("TRN").stream().map(Parts::trace).toList(),
                Parts.name(name.segment("NM1").orElse(null)), Parts.references(name), Parts.address(name),
                Parts.provider(name.segment("PRV").orElse(null)),
                Parts.demographics(name.segment("DMG").orElse(null)), Parts.insured(name.segment("INS").orElse(null)),
                Parts.healthCodes(name.segment("HI").orElse(null)), Parts.periods(name, nameLoop, ctx), inquiries);
    }

    private static Inquiry270 inquiry(Loop loop, String loopId, MappingContext ctx) {
        Segment eq = loop.segment("EQ").orElse(null);
        return new Inquiry270(Parts.repetitions(eq, 1), Parts.procedure(eq, 2), text(eq, 3), Parts.pointers(eq, 5),
                loop.segment("AMT", 1, "R").map(s -> Parts.decimal(text(s, 2))).orElse(null),
                loop.segment("AMT", 1, "PB").map(s -> Parts.decimal(text(s, 2))).orElse(null),
                loop.segments("III").stream().map(Parts::industry).toList(),
                loop.segment("REF").map(Parts::reference).orElse(null),
                loop.segment("DTP").map(s -> Parts.period(s, loopId, ctx)).orElse(null));
    }

    // ------------------------------------------------------------------------------------------------ write

    @Override
    public Loop toBody(EligibilityInquiry270 value) {
        Loop.Builder b = Loop.builder("270");
        b.add(Parts.segment("BHT", "0022", value.purposeCode(), value.submitterTransactionId(), value.date(),
                value.time()));
        HlTree.Numbering hl = new HlTree.Numbering();
        for (Source270 source : value.sources()) {
            String sourceId = hl.peek();
            b.add(Loop.builder("2000A").add(hl.hl(null, "20", source.receivers().isEmpty() ? "0" : "1"))
                    .add(Loop.builder("2100A").add(Parts.nm1(source.name())).build()).build());
            for (Receiver270 receiver : source.receivers()) {
                String receiverId = hl.peek();
                Loop.Builder name = Loop.builder("2100B").add(Parts.nm1(receiver.name()));
                receiver.references().forEach(r -> name.add(Parts.ref(r)));
                Parts.address(name, receiver.address());
                name.add(Parts.prv(receiver.provider()));
                b.add(Loop.builder("2000B")
                        .add(hl.hl(sourceId, "21", receiver.subscribers().isEmpty() ? "0" : "1"))
                        .add(name.build()).build());
                for (Subscriber270 subscriber : receiver.subscribers()) {
                    String subscriberId = hl.peek();
                    b.add(member(hl.hl(receiverId, "22", subscriber.dependents().isEmpty() ? "0" : "1"),
                            subscriber.subscriber(), "2000C", "2100C", "2110C"));
                    for (Member270 dependent : subscriber.dependents()) {
                        b.add(member(hl.hl(subscriberId, "23", "0"), dependent, "2000D", "2100D", "2110D"));
                    }
                }
            }
        }
        return b.build();
    }

    private static Loop member(Segment hl, Member270 m, String levelLoop, String nameLoop, String inquiryLoop) {
        Loop.Builder level = Loop.builder(levelLoop).add(hl);
        m.traces().forEach(t -> level.add(Parts.trn(t)));
        Loop.Builder name = Loop.builder(nameLoop).add(Parts.nm1(m.name()));
        m.references().forEach(r -> name.add(Parts.ref(r)));
        Parts.address(name, m.address());
        name.add(Parts.prv(m.provider())).add(Parts.dmg(m.demographics())).add(Parts.ins(m.insured()))
                .add(Parts.hi(m.diagnoses()));
        m.dates().forEach(d -> name.add(Parts.dtp(d)));
        for (Inquiry270 q : m.inquiries()) {
            Loop.Builder eq = Loop.builder(inquiryLoop).add(Parts.segment("EQ", Parts.repeated(q.serviceTypes()),
                    Parts.procedure(q.procedure()), q.coverageLevel(), null, Parts.pointers(q.diagnosisPointers())));
            if (q.spendDownAmount() != null) {
                eq.add(Parts.segment("AMT", "R", q.spendDownAmount()));
            }
            if (q.billedAmount() != null) {
                eq.add(Parts.segment("AMT", "PB", q.billedAmount()));
            }
            q.facilityCodes().forEach(c -> eq.add(Parts.iii(c)));
            eq.add(Parts.ref(q.priorAuthorization())).add(Parts.dtp(q.date()));
            name.add(eq.build());
        }
        return level.add(name.build()).build();
    }

    // ------------------------------------------------------------------------------------------------ rules

    /**
     * SNIP 4: HL numbering and parents; an inquiry (2110C/D) for the patient (the subscriber when no dependent
     * follows, else each dependent); EQ05 pointers point to HI codes; a dependent is not the subscriber.
     */
    @Override
    public void check(TransactionSet transaction, EligibilityInquiry270 value, FindingSink findings) {
        MappingContext ctx = new MappingContext(transaction.controlNumber(), findings);
        Loop body = transaction.body();
        TREE.check(body, ctx);
        for (HlTree.Node source : TREE.build(body)) {
            for (HlTree.Node receiver : source.children(RECEIVER)) {
                for (HlTree.Node subscriber : receiver.children(SUBSCRIBER)) {
                    List<HlTree.Node> dependents = subscriber.children(DEPENDENT);
                    if (dependents.isEmpty()) {
                        inquiryPresent(subscriber, "2100C", "2110C", "subscriber", ctx);
                    } else {
                        subscriber.loop("2100C").ifPresent(
                                name -> EligibilityRules.diagnosisPointers(name, "2110C", "EQ", 5, ctx));
                    }
                    for (HlTree.Node dependent : dependents) {
                        inquiryPresent(dependent, "2100D", "2110D", "dependent", ctx);
                        EligibilityRules.dependentIsNotSubscriber(subscriber, "2100C", dependent, "2100D", ctx);
                    }
                }
            }
        }
    }

    private static void inquiryPresent(HlTree.Node node, String nameLoop, String inquiryLoop, String who,
            MappingContext ctx) {
        Loop name = node.loop(nameLoop).orElse(null);
        if (name != null) {
            EligibilityRules.diagnosisPointers(name, inquiryLoop, "EQ", 5, ctx);
        }
        if (name != null && name.loops(inquiryLoop).isEmpty()) {
            ctx.situational(name.segment("NM1").orElse(node.hl()), nameLoop, 0, 0, "270_INQUIRY_MISSING", "I6",
                    "The " + who + " is the patient but has no eligibility or benefit inquiry (loop " + inquiryLoop
                            + " EQ): ask at least for a service type (EQ01, e.g. 30) or a procedure (EQ02)");
        }
    }
}
