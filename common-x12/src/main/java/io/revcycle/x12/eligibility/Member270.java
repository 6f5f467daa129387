package io.revcycle.x12.eligibility;

import java.util.List;

/**
 * A subscriber (2000C/2100C) or dependent (2000D/2100D) of a 270 with what is asked about them. Dependents have no
 * member id of their own ({@code name.id()} is not used).
 */
public record Member270(List<Trace> traces, EntityName name, List<Reference> references, Address address,
        ProviderInfo provider, Demographics demographics, InsuredInfo insured, List<HealthCode> diagnoses,
        List<DatePeriod> dates, List<Inquiry270> inquiries) {

    public Member270 {
        traces = traces == null ? List.of() : List.copyOf(traces);
        references = references == null ? List.of() : List.copyOf(references);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        dates = dates == null ? List.of() : List.copyOf(dates);
        inquiries = inquiries == null ? List.of() : List.copyOf(inquiries);
    }
}
