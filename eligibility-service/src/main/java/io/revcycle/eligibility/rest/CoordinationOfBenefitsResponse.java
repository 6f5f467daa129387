package io.revcycle.eligibility.rest;

import java.time.LocalDate;
import java.util.List;

import io.revcycle.eligibility.domain.CobPosition;
import io.revcycle.eligibility.domain.CobRule;
import io.revcycle.eligibility.domain.PayerResponsibility;

/** A patient's order of benefits on a date: every active coverage with its place and the rule that set it. */
public record CoordinationOfBenefitsResponse(String patientId, LocalDate dateOfService, boolean mspAnswered,
        List<Entry> coverages) {

    public record Entry(int position, PayerResponsibility responsibility, String order, CobRule rule,
            String mspInsuranceType, CoverageResponse coverage) {

        static Entry from(CobPosition p) {
            return new Entry(p.position(), p.responsibility(), p.responsibility().order(), p.rule(),
                    p.rule().mspInsuranceType().orElse(null), CoverageResponse.from(p.coverage()));
        }
    }

    static CoordinationOfBenefitsResponse of(String patientId, LocalDate dateOfService, boolean mspAnswered,
            List<CobPosition> positions) {
        return new CoordinationOfBenefitsResponse(patientId, dateOfService, mspAnswered,
                positions.stream().map(Entry::from).toList());
    }
}
