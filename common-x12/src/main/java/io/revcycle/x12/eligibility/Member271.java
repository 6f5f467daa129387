package io.revcycle.x12.eligibility;

import java.util.List;

/**
 * A subscriber (2000C/2100C) or dependent (2000D/2100D) of a 271: who the source found (name, ids, address,
 * demographics, relationship), why it could not answer ({@code rejections}, AAA) and the benefits (2110 EB loops).
 */
public record Member271(List<Trace> traces, EntityName name, List<Reference> references, Address address,
        List<Rejection> rejections, ProviderInfo provider, Demographics demographics, InsuredInfo insured,
        List<HealthCode> diagnoses, List<DatePeriod> dates, MilitaryInfo military, List<Benefit> benefits) {

    public Member271 {
        traces = traces == null ? List.of() : List.copyOf(traces);
        references = references == null ? List.of() : List.copyOf(references);
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        dates = dates == null ? List.of() : List.copyOf(dates);
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
    }
}
