package io.revcycle.x12.claim;

/** N3 and N4: street lines, city, state, postal code and (outside the US) country and subdivision. */
public record Address(String line1, String line2, String city, String state, String postalCode, String country,
        String countrySubdivision) {

    public static Address us(String line1, String city, String state, String postalCode) {
        return new Address(line1, null, city, state, postalCode, null, null);
    }
}
