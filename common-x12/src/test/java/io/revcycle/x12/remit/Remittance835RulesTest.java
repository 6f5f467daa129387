package io.revcycle.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.remit.Remittance835.Claim;
import io.revcycle.x12.remit.Remittance835.HeaderGroup;
import io.revcycle.x12.remit.Remittance835.Payer;
import io.revcycle.x12.remit.Remittance835.Payment;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/** Negative tests: each broken 835 gives the finding of the rule it breaks, at the right place. */
class Remittance835RulesTest {

    /** The first generated remittance that matches, written as text (one transaction, ST02 0001). */
    static Remittance835 first(Predicate<Remittance835> p) {
        for (long seed = 0; seed < 10_000; seed++) {
            Remittance835 r = new Remittance835Generator(seed).next();
            if (p.test(r)) {
                return r;
            }
        }
        throw new AssertionError("no generated remittance matches");
    }

    static String text(Remittance835 r) {
        return new String(Remittance835RoundTripTest.write(List.of(r), 1, Delimiters.DEFAULT),
                StandardCharsets.US_ASCII);
    }

    static List<Finding> findings(String x12) {
        return X12Toolkit.readTyped(x12.getBytes(StandardCharsets.US_ASCII), Remittance835.class).findings();
    }

    /** Replaces element {@code element} of the {@code occurrence}-th (0-based) segment starting with {@code id*}. */
    static String setElement(String x12, String id, int occurrence, int element, String value) {
        String[] segments = x12.split("~\n", -1);
        int seen = 0;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith(id + "*") && seen++ == occurrence) {
                List<String> e = new ArrayList<>(List.of(segments[i].split("\\*", -1)));
                while (e.size() <= element) {
                    e.add("");
                }
                e.set(element, value);
                segments[i] = String.join("*", e);
                return String.join("~\n", segments);
            }
        }
        throw new AssertionError("no " + id + " #" + occurrence);
    }

    static String element(String x12, String id, int occurrence, int element) {
        int seen = 0;
        for (String s : x12.split("~\n")) {
            if (s.startsWith(id + "*") && seen++ == occurrence) {
                String[] e = s.split("\\*", -1);
                return element < e.length ? e[element] : "";
            }
        }
        throw new AssertionError("no " + id + " #" + occurrence);
    }

    static Finding only(List<Finding> findings, String code) {
        List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(matching).as("findings %s", findings).hasSize(1);
        return matching.get(0);
    }

    static String plus(String amount, String delta) {
        return new BigDecimal(amount).add(new BigDecimal(delta)).toPlainString();
    }

    @Test
    void shouldAcceptTheGeneratedRemittanceUnchanged() {
        assertThat(findings(text(first(r -> true)))).isEmpty();
    }

    @Test
    void shouldReportAnUnbalancedTotalPaymentAtBpr02() {
        String x12 = text(first(r -> r.payment().amount().signum() > 0));
        String changed = setElement(x12, "BPR", 0, 2, plus(element(x12, "BPR", 0, 2), "10.00"));
        Finding f = only(findings(changed), Remittance835Rules.BPR_BALANCE);
        assertThat(f.level()).isEqualTo(SnipLevel.BALANCING);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().segmentId()).isEqualTo("BPR");
        assertThat(f.location().segmentPosition()).isEqualTo(2);
        assertThat(f.location().elementPosition()).isEqualTo(2);
        assertThat(f.location().transactionControlNumber()).isEqualTo("0001");
        assertThat(f.location().interchangeControlNumber()).isEqualTo("000000001");
        assertThat(f.message()).contains("BPR02").contains("CLP04").contains("PLB");
    }

    @Test
    void shouldCountProviderAdjustmentsInTheBprBalance() {
        String x12 = text(first(r -> !r.providerAdjustments().isEmpty() && r.payment().amount().signum() > 0));
        String changed = setElement(x12, "PLB", 0, 4, plus(element(x12, "PLB", 0, 4), "1.00"));
        assertThat(only(findings(changed), Remittance835Rules.BPR_BALANCE).message()).contains("provider adjustments");
    }

    @Test
    void shouldReportAnUnbalancedClaimAtClp03() {
        String x12 = text(first(r -> true));
        String changed = setElement(x12, "CLP", 0, 3, plus(element(x12, "CLP", 0, 3), "7.00"));
        List<Finding> findings = findings(changed);
        Finding f = only(findings, Remittance835Rules.CLAIM_BALANCE);
        assertThat(f.level()).isEqualTo(SnipLevel.BALANCING);
        assertThat(f.location().segmentId()).isEqualTo("CLP");
        assertThat(f.location().loopId()).isEqualTo("2100");
        assertThat(f.location().elementPosition()).isEqualTo(3);
        assertThat(f.message()).contains("CLP03").contains("CLP04").contains("CAS");
        assertThat(findings).noneMatch(x -> x.code().equals(Remittance835Rules.BPR_BALANCE));
    }

    @Test
    void shouldReportAnUnbalancedServiceLineAtSvc02() {
        String x12 = text(first(r -> !r.claims().get(0).services().isEmpty()));
        String changed = setElement(x12, "SVC", 0, 2, plus(element(x12, "SVC", 0, 2), "3.00"));
        Finding f = only(findings(changed), Remittance835Rules.SERVICE_BALANCE);
        assertThat(f.level()).isEqualTo(SnipLevel.BALANCING);
        assertThat(f.location().segmentId()).isEqualTo("SVC");
        assertThat(f.location().loopId()).isEqualTo("2110");
        assertThat(f.location().elementPosition()).isEqualTo(2);
        assertThat(f.message()).contains("SVC02").contains("SVC03");
    }

    @Test
    void shouldReportAPatientResponsibilityThatIsNotThePrAdjustments() {
        String x12 = text(first(r -> r.claims().get(0).patientResponsibility() != null
                && r.claims().get(0).patientResponsibility().signum() > 0));
        String changed = setElement(x12, "CLP", 0, 5, plus(element(x12, "CLP", 0, 5), "1.00"));
        Finding f = only(findings(changed), Remittance835Rules.PATIENT_RESPONSIBILITY);
        assertThat(f.location().elementPosition()).isEqualTo(5);
        assertThat(f.message()).contains("CLP05").contains("PR");
    }

    @Test
    void shouldReportAMissingPayerTechnicalContact() {
        Remittance835 r = first(x -> true);
        Payer p = r.payer();
        Remittance835 broken = new Remittance835(r.payment(), r.trace(), r.currency(), r.receiverId(), r.versionId(),
                r.productionDate(), new Payer(p.name(), p.idQualifier(), p.id(), p.address(), p.references(),
                        p.businessContact(), List.of(), p.website()),
                r.payee(), r.headers(), r.providerAdjustments());
        List<Finding> findings = findings(text(broken));
        Finding f = only(findings, Remittance835Rules.PAYER_TECHNICAL_CONTACT);
        assertThat(f.level()).isEqualTo(SnipLevel.IMPLEMENTATION_GUIDE);
        assertThat(f.location().loopId()).isEqualTo("1000A");
        assertThat(f.message()).contains("PER*BL");
        // StAEDI reports the missing required PER only in some shapes (e.g. not when a PER*CX or PER*IC is there):
        // this rule reports it always
    }

    @Test
    void shouldRequireBankDetailsForElectronicPayments() {
        String x12 = text(first(r -> "ACH".equals(r.payment().method())));
        String changed = setElement(setElement(x12, "BPR", 0, 13, ""), "BPR", 0, 15, "");
        List<Finding> bank = findings(changed).stream()
                .filter(f -> f.code().equals(Remittance835Rules.BANK_DETAILS)).toList();
        assertThat(bank).extracting(f -> f.location().elementPosition()).containsExactly(13, 15);
        assertThat(bank).allMatch(f -> f.level() == SnipLevel.SITUATIONAL && f.message().contains("ACH"));
    }

    @Test
    void shouldAcceptAChequeWithoutBankDetails() {
        String x12 = text(first(r -> "CHK".equals(r.payment().method())));
        assertThat(element(x12, "BPR", 0, 13)).isEmpty();
        assertThat(findings(x12)).isEmpty();
    }

    @Test
    void shouldReportANonPaymentWithAnAmount() {
        Remittance835 r = first(x -> "CHK".equals(x.payment().method()));
        Payment p = r.payment();
        Remittance835 broken = new Remittance835(new Payment("H", p.amount(), "C", "NON", null, null, null, null,
                null, p.date()), r.trace(), r.currency(), r.receiverId(), r.versionId(), r.productionDate(), r.payer(),
                r.payee(), r.headers(), r.providerAdjustments());
        Finding f = only(findings(text(broken)), Remittance835Rules.NON_PAYMENT);
        assertThat(f.location().elementPosition()).isEqualTo(2);
    }

    @Test
    void shouldReportAReversalWithPositiveAmounts() {
        Remittance835 r = first(x -> x.headers().size() == 1 && x.claims().size() == 1
                && !"22".equals(x.claims().get(0).status()) && x.payment().amount().signum() > 0);
        HeaderGroup h = r.headers().get(0);
        Claim c = h.claims().get(0);
        Claim reversed = new Claim(c.patientControlNumber(), "22", c.charge(), c.paid(), c.patientResponsibility(),
                c.filingIndicator(), c.payerClaimControlNumber(), c.facilityCode(), c.frequencyCode(), c.drgCode(),
                c.drgWeight(), c.dischargeFraction(), c.adjustments(), c.patient(), c.insured(), c.correctedPatient(),
                c.serviceProvider(), c.crossoverCarrier(), c.correctedPriorityPayer(), c.otherSubscriber(),
                c.inpatient(), c.outpatient(), c.otherReferences(), c.renderingProviderReferences(),
                c.statementFrom(), c.statementTo(), c.coverageExpiration(), c.receivedDate(), c.contacts(),
                c.amounts(), c.quantities(), c.services());
        Remittance835 broken = new Remittance835(r.payment(), r.trace(), r.currency(), r.receiverId(), r.versionId(),
                r.productionDate(), r.payer(), r.payee(),
                List.of(new HeaderGroup(h.number(), h.summary(), h.supplementalSummary(), List.of(reversed))),
                r.providerAdjustments());
        Finding f = only(findings(text(broken)), Remittance835Rules.REVERSAL_AMOUNTS);
        assertThat(f.location().segmentId()).isEqualTo("CLP");
        assertThat(f.message()).contains("CLP02 22");
    }

    @Test
    void shouldAcceptGeneratedReversals() {
        Remittance835 r = first(x -> x.claims().stream().anyMatch(c -> "22".equals(c.status())));
        assertThat(findings(text(r))).isEmpty();
    }

    @Test
    void shouldReportAServiceWithBothADateAndAPeriod() {
        String x12 = text(first(r -> !r.claims().get(0).services().isEmpty()
                && r.claims().get(0).services().get(0).serviceStart() != null));
        String changed = setElement(x12, "DTM", indexOf(x12, "DTM*150"), 1, "472");
        Finding f = only(findings(changed), Remittance835Rules.SERVICE_DATES);
        assertThat(f.location().loopId()).isEqualTo("2110");
        assertThat(f.message()).contains("DTM*472").contains("DTM*150");
    }

    /** Occurrence number (among segments with the same id) of the first segment starting with {@code prefix}. */
    static int indexOf(String x12, String prefix) {
        String id = prefix.substring(0, prefix.indexOf('*'));
        int n = 0;
        for (String s : x12.split("~\n")) {
            if (s.startsWith(prefix)) {
                return n;
            }
            if (s.startsWith(id + "*")) {
                n++;
            }
        }
        throw new AssertionError("no " + prefix);
    }

    @Test
    void shouldReportAnInvalidClaimStatusCodeFromTheSchema() {
        String changed = setElement(text(first(r -> true)), "CLP", 0, 2, "99");
        assertThat(findings(changed)).anyMatch(f -> f.level() == SnipLevel.IMPLEMENTATION_GUIDE
                && "CLP".equals(f.location().segmentId()) && f.location().elementPosition() == 2
                && "2100".equals(f.location().loopId()));
    }

    @Test
    void shouldReportAnInvalidAdjustmentGroupFromTheSchema() {
        String x12 = text(first(r -> !r.claims().get(0).adjustments().isEmpty()));
        String changed = setElement(x12, "CAS", 0, 1, "CR");
        assertThat(findings(changed)).anyMatch(f -> "CAS".equals(f.location().segmentId())
                && f.location().elementPosition() == 1 && f.severity() == Severity.ERROR);
    }

    @Test
    void shouldReportAnUnusedTs3AmountFromTheSchema() {
        String x12 = text(first(r -> r.headers().get(0).summary() != null));
        String changed = setElement(x12, "TS3", 0, 9, "12.00");
        assertThat(findings(changed)).anyMatch(f -> "TS3".equals(f.location().segmentId())
                && f.location().elementPosition() == 9 && f.level() == SnipLevel.IMPLEMENTATION_GUIDE);
    }
}
