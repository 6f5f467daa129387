package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.revcycle.x12.model.Segment;

/**
 * Loop 2300: one claim.
 *
 * @param patientControlNumber CLM01
 * @param totalCharge          CLM02, the sum of the line charges
 * @param facilityCode         CLM05-1: place of service (837P) or facility type code, the first two digits of the
 *                             type of bill (837I)
 * @param frequencyCode        CLM05-3: 1 original, 7 replacement, 8 void...
 * @param institutional        CL1 (837I only)
 * @param diagnoses            the diagnosis codes in guide order (principal first); SV107 pointers index this list
 * @param otherCodes           the other HI codes: condition (BG), occurrence (BH), span (BI), value (BE), procedures
 *                             (BBR/BR/BBQ/BQ, BP/BO anesthesia), DRG (DR), treatment (TC)
 * @param providers            2310 loops, told apart by NM101
 * @param otherSegments        the segments read without a typed field (PWK, CN1, K3, CR1, CR2, CRC, HCP) in order
 */
public record Claim(String patientControlNumber, BigDecimal totalCharge, String facilityCode, String frequencyCode,
        String providerSignature, String assignment, String benefitsAssignment, String releaseOfInformation,
        String patientSignatureSource, RelatedCauses relatedCauses, String specialProgram, String delayReason,
        List<ClaimDate> dates, Institutional institutional, List<Amount> amounts, List<Reference> references,
        List<Note> notes, List<HealthCode> diagnoses, List<HealthCode> otherCodes, List<Provider> providers,
        List<OtherSubscriber> otherSubscribers, List<Line> lines, List<Segment> otherSegments) {

    public Claim {
        dates = List.copyOf(dates);
        amounts = List.copyOf(amounts);
        references = List.copyOf(references);
        notes = List.copyOf(notes);
        diagnoses = List.copyOf(diagnoses);
        otherCodes = List.copyOf(otherCodes);
        providers = List.copyOf(providers);
        otherSubscribers = List.copyOf(otherSubscribers);
        lines = List.copyOf(lines);
        otherSegments = List.copyOf(otherSegments);
    }

    /** 837I type of bill: facility type code and frequency, e.g. "111" is written "11" + "1" (with a leading 0). */
    public String typeOfBill() {
        return "0" + (facilityCode == null ? "" : facilityCode) + (frequencyCode == null ? "" : frequencyCode);
    }

    public Optional<ClaimDate> date(String qualifier) {
        return dates.stream().filter(d -> qualifier.equals(d.qualifier())).findFirst();
    }

    public Optional<String> reference(String qualifier) {
        return references.stream().filter(r -> qualifier.equals(r.qualifier())).map(Reference::value)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<BigDecimal> amount(String qualifier) {
        return amounts.stream().filter(a -> qualifier.equals(a.qualifier())).map(Amount::amount)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<Provider> provider(String entity) {
        return providers.stream().filter(p -> entity.equals(p.role())).findFirst();
    }

    /** 837I: the DRG (HI*DR). */
    public Optional<String> drg() {
        return codes("DR").findFirst();
    }

    public List<String> conditionCodes() {
        return codes("BG").toList();
    }

    /** 837I value codes (HI*BE) with their amounts. */
    public List<HealthCode> valueCodes() {
        return otherCodes.stream().filter(c -> "BE".equals(c.qualifier())).toList();
    }

    /** 837I occurrence codes (HI*BH) with their dates. */
    public List<HealthCode> occurrenceCodes() {
        return otherCodes.stream().filter(c -> "BH".equals(c.qualifier())).toList();
    }

    /** 837I occurrence span codes (HI*BI) with their date ranges. */
    public List<HealthCode> occurrenceSpanCodes() {
        return otherCodes.stream().filter(c -> "BI".equals(c.qualifier())).toList();
    }

    private Stream<String> codes(String qualifier) {
        return otherCodes.stream().filter(c -> qualifier.equals(c.qualifier())).map(HealthCode::code)
                .filter(java.util.Objects::nonNull);
    }
}
