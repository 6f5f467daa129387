package io.revcycle.payersim.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.revcycle.x12.claim.BillingProvider;
import io.revcycle.x12.claim.Claim;
import io.revcycle.x12.claim.Claim837;
import io.revcycle.x12.claim.ClaimDate;
import io.revcycle.x12.claim.Line;
import io.revcycle.x12.claim.Name;
import io.revcycle.x12.claim.Person;
import io.revcycle.x12.claim.Procedure;
import io.revcycle.x12.claim.Subscriber;

/**
 * One claim of an accepted 837 transaction set with what the payer needs from around it: the billing provider, the
 * subscriber (member id, payer id) and the patient. Only what the provider sends as facts is used; benefits always
 * come from the simulator's own tables.
 */
public record SubmittedClaim(String claimType, Claim claim, BillingProvider billing, Subscriber subscriber,
        Person patient, String submitterName, String submitterId, String referenceId, String groupControlNumber,
        String transactionControlNumber) {

    /** Every claim of a transaction set, in document order. */
    public static List<SubmittedClaim> of(Claim837 tx, String groupControlNumber, String transactionControlNumber) {
        String type = tx.institutional() ? "837I" : "837P";
        String submitterName = tx.submitter() == null ? null : tx.submitter().lastOrOrganization();
        String submitterId = tx.submitter() == null ? null : tx.submitter().id();
        List<SubmittedClaim> out = new ArrayList<>();
        for (BillingProvider bp : tx.billingProviders()) {
            for (Subscriber s : bp.subscribers()) {
                for (Claim c : s.claims()) {
                    out.add(new SubmittedClaim(type, c, bp, s, s.subscriber(), submitterName, submitterId,
                            tx.referenceId(), groupControlNumber, transactionControlNumber));
                }
                s.patients().forEach(p -> p.claims().forEach(c -> out.add(new SubmittedClaim(type, c, bp, s,
                        p.person(), submitterName, submitterId, tx.referenceId(), groupControlNumber,
                        transactionControlNumber))));
            }
        }
        return out;
    }

    public String patientControlNumber() {
        return claim.patientControlNumber();
    }

    /** 2010BB NM109. */
    public String payerId() {
        return subscriber.payer() == null || subscriber.payer().name() == null ? null
                : blankToNull(subscriber.payer().name().id());
    }

    /** 2010BA NM109. */
    public String memberId() {
        return subscriber.subscriber() == null || subscriber.subscriber().name() == null ? null
                : blankToNull(subscriber.subscriber().name().id());
    }

    public Name patientName() {
        return patient == null ? null : patient.name();
    }

    public Name billingName() {
        return billing.provider() == null ? null : billing.provider().name();
    }

    /** The billing provider's NPI (2010AA NM108 XX), when sent. */
    public Optional<String> billingNpi() {
        Name n = billingName();
        if (n == null || !"XX".equals(n.idQualifier())) {
            return Optional.empty();
        }
        return Optional.ofNullable(blankToNull(n.id()));
    }

    /** The billing provider's tax id (2010AA REF*EI), the 277CA's fallback id when the NPI is missing. */
    public Optional<String> billingTaxId() {
        return billing.provider() == null ? Optional.empty()
                : billing.provider().references().stream().filter(r -> "EI".equals(r.qualifier()))
                        .map(r -> blankToNull(r.value())).filter(Objects::nonNull).findFirst();
    }

    public BigDecimal totalCharge() {
        return claim.totalCharge() == null ? BigDecimal.ZERO.setScale(2) : claim.totalCharge().setScale(2);
    }

    /** The claim's service period: the lines' service dates, else the statement dates (837I) or claim DTP*472. */
    public LocalDate[] servicePeriod() {
        List<LocalDate[]> periods = new ArrayList<>();
        for (Line l : claim.lines()) {
            lineDates(l).ifPresent(periods::add);
        }
        if (periods.isEmpty()) {
            claimDates().ifPresent(periods::add);
        }
        if (periods.isEmpty()) {
            return new LocalDate[] {null, null};
        }
        LocalDate from = periods.stream().map(p -> p[0]).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = periods.stream().map(p -> p[1]).max(Comparator.naturalOrder()).orElseThrow();
        return new LocalDate[] {from, to};
    }

    /** A line's service date or period; an 837I line without one takes the claim's statement period. */
    public Optional<LocalDate[]> lineServicePeriod(Line line) {
        return lineDates(line).or(this::claimDates);
    }

    private static Optional<LocalDate[]> lineDates(Line l) {
        return l.dates().stream().filter(d -> "472".equals(d.qualifier()) && d.date() != null).findFirst()
                .map(SubmittedClaim::period);
    }

    private Optional<LocalDate[]> claimDates() {
        return claim.date("434").or(() -> claim.date("472")).filter(d -> d.date() != null)
                .map(SubmittedClaim::period);
    }

    private static LocalDate[] period(ClaimDate d) {
        return new LocalDate[] {d.date(), d.end() == null ? d.date() : d.end()};
    }

    public static Procedure procedure(Line l) {
        if (l.professional() != null) {
            return l.professional().procedure();
        }
        return l.institutional() == null ? null : l.institutional().procedure();
    }

    public static BigDecimal units(Line l) {
        if (l.professional() != null) {
            return l.professional().quantity();
        }
        return l.institutional() == null ? null : l.institutional().quantity();
    }

    public static Optional<String> lineItemControlNumber(Line l) {
        return l.references().stream().filter(r -> "6R".equals(r.qualifier())).map(r -> blankToNull(r.value()))
                .filter(Objects::nonNull).findFirst();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
