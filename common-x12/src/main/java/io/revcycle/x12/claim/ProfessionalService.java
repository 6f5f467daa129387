package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * SV1 (837P): procedure, charge, unit (MJ minutes / UN units), quantity, place of service (SV105), diagnosis pointers
 * (SV107, 1-based positions in the claim's diagnosis list), emergency (SV109), EPSDT (SV111), family planning
 * (SV112) and copay status (SV115).
 */
public record ProfessionalService(Procedure procedure, BigDecimal charge, String unit, BigDecimal quantity,
        String placeOfService, List<Integer> diagnosisPointers, String emergency, String epsdt,
        String familyPlanning, String copayStatus) {

    public ProfessionalService {
        diagnosisPointers = List.copyOf(diagnosisPointers);
    }
}
