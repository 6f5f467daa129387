package io.revcycle.x12.claim;

import java.math.BigDecimal;

/** Loop 2410: the drug (LIN02 qualifier, usually N4 NDC; LIN03), its quantity and unit (CTP04, CTP05-1), link REF. */
public record Drug(String qualifier, String code, BigDecimal quantity, String unit, Reference reference) {
}
