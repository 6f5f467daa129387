package io.revcycle.eligibility.domain;

import java.time.LocalDate;
import java.util.List;

import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.eligibility.Demographics;
import io.revcycle.x12.eligibility.EligibilityInquiry270;
import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.eligibility.Inquiry270;
import io.revcycle.x12.eligibility.Member270;
import io.revcycle.x12.eligibility.Receiver270;
import io.revcycle.x12.eligibility.Source270;
import io.revcycle.x12.eligibility.Subscriber270;
import io.revcycle.x12.eligibility.Trace;

/**
 * A 270 inquiry (005010X279A1) about one member on one date of service, as common-x12's typed record. The trace
 * number (2000C TRN02, echoed in the 271's TRN type 2) names the check, so the answer finds its inquiry.
 *
 * @param originatorId TRN03: "1" followed by the provider's tax id (10 characters)
 * @param serviceType  EQ01, e.g. 30 health benefit plan coverage, 98 professional office visit
 */
public record EligibilityInquiry(String traceNumber, String originatorId, String payerName, String payerId,
        String providerName, String providerNpi, String memberLastName, String memberFirstName, String memberId,
        LocalDate memberBirthDate, String memberGender, LocalDate dateOfService, String serviceType) {

    public EligibilityInquiry270 toX12(LocalDate today, String time) {
        Member270 subscriber = new Member270(List.of(new Trace("1", traceNumber, originatorId, null)),
                EntityName.person("IL", blankToNull(memberLastName), blankToNull(memberFirstName), "MI", memberId),
                List.of(), null, null,
                memberBirthDate == null ? null : new Demographics(memberBirthDate, memberGender), null, List.of(),
                List.of(DatePeriod.on("291", dateOfService)), List.of(Inquiry270.ofServiceTypes(serviceType)));
        Receiver270 provider = new Receiver270(EntityName.organization("1P", providerName, "XX", providerNpi),
                List.of(), null, null, List.of(new Subscriber270(subscriber, List.of())));
        Source270 payer = new Source270(EntityName.organization("PR", payerName, "PI", payerId), List.of(provider));
        return new EligibilityInquiry270("13", traceNumber, today, time, List.of(payer));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
