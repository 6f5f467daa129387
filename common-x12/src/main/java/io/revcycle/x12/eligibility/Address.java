package io.revcycle.x12.eligibility;

/** N3 and N4: street lines, city, state, postal code, country and country subdivision (N407). */
public record Address(String line1, String line2, String city, String state, String postalCode, String country,
        String countrySubdivision) {

    public static Address of(String line1, String city, String state, String postalCode) {
        return new Address(line1, null, city, state, postalCode, null, null);
    }
}
