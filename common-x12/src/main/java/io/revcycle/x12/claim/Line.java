package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.util.List;

import io.revcycle.x12.model.Segment;

/**
 * Loop 2400: a service line. Exactly one of {@code professional} (SV1, 837P) and {@code institutional} (SV2, 837I) is
 * set. Dates (DTP*472 service date...), references, amounts, notes, the drug (2410), line providers (2420), other
 * payers' adjudications (2430) and, as read, the segments without a typed field (SV5, PWK, CR1, CR3, CRC, QTY, MEA,
 * CN1, K3, PS1, HCP; 2440 LQ/FRM) in guide order.
 */
public record Line(int number, ProfessionalService professional, InstitutionalService institutional,
        List<ClaimDate> dates, List<Reference> references, List<Amount> amounts, List<Note> notes, Drug drug,
        List<Provider> providers, List<LineAdjudication> adjudications, List<Segment> otherSegments) {

    public Line {
        dates = List.copyOf(dates);
        references = List.copyOf(references);
        amounts = List.copyOf(amounts);
        notes = List.copyOf(notes);
        providers = List.copyOf(providers);
        adjudications = List.copyOf(adjudications);
        otherSegments = List.copyOf(otherSegments);
    }

    /** The line charge (SV102 or SV203); null when the service segment is missing. */
    public BigDecimal charge() {
        if (professional != null) {
            return professional.charge();
        }
        return institutional == null ? null : institutional.charge();
    }
}
