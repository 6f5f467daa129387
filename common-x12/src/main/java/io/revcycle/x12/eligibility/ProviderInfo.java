package io.revcycle.x12.eligibility;

/**
 * PRV: provider role (PRV01, e.g. PE performing, RF referring) and an identifier (PRV02 qualifier, PRV03): PXC with
 * the NUCC taxonomy code, or HPI, SY, TJ, EI, D3, 9K.
 */
public record ProviderInfo(String providerCode, String qualifier, String identifier) {

    /** A role with its NUCC taxonomy code (PRV02 PXC). */
    public static ProviderInfo taxonomy(String providerCode, String taxonomyCode) {
        return new ProviderInfo(providerCode, "PXC", taxonomyCode);
    }
}
