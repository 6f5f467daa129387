package io.revcycle.payersim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claim.Address;
import io.revcycle.x12.claim.Adjustment;
import io.revcycle.x12.claim.BillingProvider;
import io.revcycle.x12.claim.Claim;
import io.revcycle.x12.claim.Claim837I;
import io.revcycle.x12.claim.Claim837P;
import io.revcycle.x12.claim.ClaimDate;
import io.revcycle.x12.claim.Contact;
import io.revcycle.x12.claim.HealthCode;
import io.revcycle.x12.claim.Institutional;
import io.revcycle.x12.claim.InstitutionalService;
import io.revcycle.x12.claim.Line;
import io.revcycle.x12.claim.LineAdjudication;
import io.revcycle.x12.claim.Name;
import io.revcycle.x12.claim.OtherSubscriber;
import io.revcycle.x12.claim.Payer;
import io.revcycle.x12.claim.Person;
import io.revcycle.x12.claim.Procedure;
import io.revcycle.x12.claim.ProfessionalService;
import io.revcycle.x12.claim.Provider;
import io.revcycle.x12.claim.Reference;
import io.revcycle.x12.claim.Subscriber;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.remit.Remittance835;

/** Builds 837P / 837I files the way a provider sends them: CLM01 patient control numbers, REF*6R line numbers. */
final class Test837 {

    static final String NPI = "1234567893";
    static final LocalDate DOS = LocalDate.of(2026, 3, 2);

    record TestLine(String code, String revenueCode, String charge, LocalDate date) {
        static TestLine of(String code, String charge) {
            return new TestLine(code, null, charge, DOS);
        }

        static TestLine facility(String revenueCode, String code, String charge) {
            return new TestLine(code, revenueCode, charge, null);
        }
    }

    record TestClaim(String pcn, String payerId, String memberId, List<TestLine> lines) {
        static TestClaim of(String pcn, String payerId, String memberId, TestLine... lines) {
            return new TestClaim(pcn, payerId, memberId, List.of(lines));
        }
    }

    private Test837() {
    }

    /** One interchange (ISA13 = GS06 = {@code control}) with one transaction set holding every claim. */
    static byte[] professional(String sender, String receiver, long control, TestClaim... claims) {
        Claim837P tx = new Claim837P("00", "B" + control, DOS, "1200", "CH", submitter(sender),
                List.of(new Contact("EDI", List.of(new Contact.Communication("TE", "5551234567")))),
                Name.organization("40", receiver, "46", receiver), List.of(billing(false, claims)));
        return X12Toolkit.writeTyped(List.of(tx), Envelope.of(sender, receiver), ControlNumbers.startingAt(control),
                Delimiters.DEFAULT);
    }

    static byte[] institutional(String sender, String receiver, long control, TestClaim... claims) {
        Claim837I tx = new Claim837I("00", "B" + control, DOS, "1200", "CH", submitter(sender),
                List.of(new Contact("EDI", List.of(new Contact.Communication("TE", "5551234567")))),
                Name.organization("40", receiver, "46", receiver), List.of(billing(true, claims)));
        return X12Toolkit.writeTyped(List.of(tx), Envelope.of(sender, receiver), ControlNumbers.startingAt(control),
                Delimiters.DEFAULT);
    }

    /**
     * The claim again, now for the payer after {@code prior}'s payer (SBR*S): 2320 with what the 835 paid and left to
     * the patient, 2330A/B naming the prior subscriber and payer, and per line a 2430 SVD/CAS/DTP*573 from its SVC.
     */
    static byte[] professionalAfter(String sender, String receiver, long control, TestClaim claim,
            String priorPayerId, String priorMemberId, Remittance835.Claim prior) {
        Claim base = claim(claim);
        List<Line> lines = new ArrayList<>();
        for (Line l : base.lines()) {
            Remittance835.ServicePayment svc = prior.services().stream()
                    .filter(s -> String.valueOf(l.number()).equals(s.lineItemControlNumber())).findFirst()
                    .orElseThrow();
            List<Adjustment> cas = svc.adjustments().stream().flatMap(g -> g.adjustments().stream()
                    .map(a -> new Adjustment(g.group(), a.reason(), a.amount(), null))).toList();
            lines.add(new Line(l.number(), l.professional(), null, l.dates(), l.references(), List.of(), List.of(),
                    null, List.of(), List.of(new LineAdjudication(priorPayerId, svc.paid(), l.professional().procedure(), null,
                            BigDecimal.ONE, null, cas, DOS.plusDays(20), null)), List.of()));
        }
        return secondary(sender, receiver, control, claim, base, lines, priorPayerId, priorMemberId, List.of(),
                prior.paid(), prior.patientResponsibility());
    }

    /**
     * The claim for a third payer (SBR*T) after the primary's and the secondary's 835s: a 2320 for each (the primary
     * first) and per line both payers' 2430s.
     */
    static byte[] professionalThird(String sender, String receiver, long control, TestClaim claim, String primaryId,
            String primaryMemberId, Remittance835.Claim primary, String secondaryId, String secondaryMemberId,
            Remittance835.Claim secondary) {
        Claim base = claim(claim);
        List<Line> lines = new ArrayList<>();
        for (Line l : base.lines()) {
            lines.add(new Line(l.number(), l.professional(), null, l.dates(), l.references(), List.of(), List.of(),
                    null, List.of(), List.of(lineAdjudication(l, primaryId, primary),
                            lineAdjudication(l, secondaryId, secondary)), List.of()));
        }
        List<OtherSubscriber> before = List.of(
                otherSubscriber("P", primaryId, primaryMemberId, List.of(), primary.paid(),
                        primary.patientResponsibility()),
                otherSubscriber("S", secondaryId, secondaryMemberId, List.of(), secondary.paid(),
                        secondary.patientResponsibility()));
        return after(sender, receiver, control, claim, base, lines, before, "T");
    }

    private static LineAdjudication lineAdjudication(Line l, String payerId, Remittance835.Claim remittance) {
        Remittance835.ServicePayment svc = remittance.services().stream()
                .filter(s -> String.valueOf(l.number()).equals(s.lineItemControlNumber())).findFirst().orElseThrow();
        List<Adjustment> cas = svc.adjustments().stream().flatMap(g -> g.adjustments().stream()
                .map(a -> new Adjustment(g.group(), a.reason(), a.amount(), null))).toList();
        return new LineAdjudication(payerId, svc.paid(), l.professional().procedure(), null, BigDecimal.ONE, null, cas,
                DOS.plusDays(20), null);
    }

    private static OtherSubscriber otherSubscriber(String sequence, String payerId, String memberId,
            List<Adjustment> claimAdjustments, BigDecimal paid, BigDecimal remainingPatientLiability) {
        Person subscriber = new Person(Name.person("IL", "DOE", "JANE", "MI", memberId), null, null, null, List.of(),
                null);
        Payer payer = new Payer(Name.organization("PR", "PAYER " + payerId, "PI", payerId), null, null, List.of());
        return new OtherSubscriber(sequence, "18", null, null, null, "CI", claimAdjustments, paid, null,
                remainingPatientLiability, "Y", null, "Y", null, null, subscriber, payer, List.of());
    }

    /**
     * The claim for the payer after {@code priorPayerId}'s, whose adjudication came at claim level only: 2320 CAS
     * with {@code adjustments}, AMT*D {@code priorPaid}, and no 2430 on the lines.
     */
    static byte[] professionalAfterClaimLevel(String sender, String receiver, long control, TestClaim claim,
            String priorPayerId, String priorMemberId, BigDecimal priorPaid, List<Adjustment> adjustments) {
        Claim base = claim(claim);
        BigDecimal patient = adjustments.stream().filter(a -> "PR".equals(a.group())).map(Adjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return secondary(sender, receiver, control, claim, base, base.lines(), priorPayerId, priorMemberId,
                adjustments, priorPaid, patient);
    }

    private static byte[] secondary(String sender, String receiver, long control, TestClaim claim, Claim base,
            List<Line> lines, String priorPayerId, String priorMemberId, List<Adjustment> claimAdjustments,
            BigDecimal priorPaid, BigDecimal remainingPatientLiability) {
        return after(sender, receiver, control, claim, base, lines, List.of(otherSubscriber("P", priorPayerId,
                priorMemberId, claimAdjustments, priorPaid, remainingPatientLiability)), "S");
    }

    /** The claim under SBR01 {@code sequence} for {@code claim}'s payer, with the payers {@code before} in 2320. */
    private static byte[] after(String sender, String receiver, long control, TestClaim claim, Claim base,
            List<Line> lines, List<OtherSubscriber> before, String sequence) {
        Claim next = new Claim(base.patientControlNumber(), base.totalCharge(), "11", "1", "Y", "A", "Y", "Y", "P",
                null, null, null, List.of(), null, List.of(), List.of(), List.of(), base.diagnoses(), List.of(),
                List.of(), before, lines, List.of());
        Person member = new Person(Name.person("IL", "DOE", "JANE", "MI", claim.memberId()),
                Address.us("2 MAIN ST", "MIAMI", "FL", "33101"), LocalDate.of(1980, 1, 1), "F", List.of(), null);
        Payer payer = new Payer(Name.organization("PR", "PAYER " + claim.payerId(), "PI", claim.payerId()), null, null,
                List.of());
        BillingProvider billing = billing(false);
        billing = new BillingProvider(billing.provider(), null, null, null, List.of(new Subscriber(sequence, "18",
                null, null, null, "CI", null, member, payer, List.of(next), List.of())));
        Claim837P tx = new Claim837P("00", "B" + control, DOS, "1200", "CH", submitter(sender),
                List.of(new Contact("EDI", List.of(new Contact.Communication("TE", "5551234567")))),
                Name.organization("40", receiver, "46", receiver), List.of(billing));
        return X12Toolkit.writeTyped(List.of(tx), Envelope.of(sender, receiver), ControlNumbers.startingAt(control),
                Delimiters.DEFAULT);
    }

    private static Name submitter(String sender) {
        return Name.organization("41", "TEST CLINIC", "46", sender);
    }

    private static BillingProvider billing(boolean institutional, TestClaim... claims) {
        Provider provider = new Provider(Name.organization("85", "TEST CLINIC", "XX", NPI), null,
                Address.us("1 MAIN ST", "MIAMI", "FL", "33101"), List.of(new Reference("EI", "123456789")),
                List.of());
        List<Subscriber> subscribers = new ArrayList<>();
        for (TestClaim c : claims) {
            Person member = new Person(Name.person("IL", "DOE", "JANE", "MI", c.memberId()),
                    Address.us("2 MAIN ST", "MIAMI", "FL", "33101"), LocalDate.of(1980, 1, 1), "F", List.of(), null);
            Payer payer = new Payer(Name.organization("PR", "PAYER " + c.payerId(), "PI", c.payerId()), null, null,
                    List.of());
            subscribers.add(new Subscriber("P", "18", null, null, null, "CI", null, member, payer,
                    List.of(institutional ? facilityClaim(c) : claim(c)), List.of()));
        }
        return new BillingProvider(provider, null, null, null, subscribers);
    }

    private static Claim claim(TestClaim c) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int n = 0;
        for (TestLine l : c.lines()) {
            n++;
            BigDecimal charge = new BigDecimal(l.charge());
            total = total.add(charge);
            lines.add(new Line(n, new ProfessionalService(Procedure.hcpcs(l.code()), charge, "UN", BigDecimal.ONE,
                    null, List.of(1), null, null, null, null), null, List.of(ClaimDate.on("472", l.date())),
                    List.of(new Reference("6R", String.valueOf(n))), List.of(), List.of(), null, List.of(),
                    List.of(), List.of()));
        }
        return new Claim(c.pcn(), total, "11", "1", "Y", "A", "Y", "Y", "P", null, null, null, List.of(), null,
                List.of(), List.of(), List.of(), List.of(HealthCode.of("ABK", "I10")), List.of(), List.of(),
                List.of(), lines, List.of());
    }

    private static Claim facilityClaim(TestClaim c) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int n = 0;
        for (TestLine l : c.lines()) {
            n++;
            BigDecimal charge = new BigDecimal(l.charge());
            total = total.add(charge);
            lines.add(new Line(n, null, new InstitutionalService(l.revenueCode(),
                    l.code() == null ? null : Procedure.hcpcs(l.code()), charge, "UN", BigDecimal.ONE, null),
                    List.of(), List.of(new Reference("6R", String.valueOf(n))), List.of(), List.of(), null,
                    List.of(), List.of(), List.of()));
        }
        return new Claim(c.pcn(), total, "13", "1", null, "A", "Y", "Y", null, null, null, null,
                List.of(ClaimDate.between("434", DOS, DOS)), new Institutional("1", "7", "01"), List.of(), List.of(),
                List.of(), List.of(HealthCode.of("ABK", "R05")), List.of(),
                List.of(Provider.of(Name.person("71", "SMITH", "ANN", "XX", NPI))), List.of(), lines, List.of());
    }
}
