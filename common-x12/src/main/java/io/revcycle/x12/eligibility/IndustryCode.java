package io.revcycle.x12.eligibility;

/**
 * An III segment: code list qualifier (ZZ facility type / place of service, GR or NI nature of injury), industry
 * code, code category (III03, 44 nature of injury) and free text (III04).
 */
public record IndustryCode(String qualifier, String code, String category, String text) {

    public static IndustryCode of(String qualifier, String code) {
        return new IndustryCode(qualifier, code, null, null);
    }
}
