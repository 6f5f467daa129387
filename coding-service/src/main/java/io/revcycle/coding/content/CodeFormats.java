package io.revcycle.coding.content;

import java.util.regex.Pattern;

/** The shapes of codes, independent of any release. */
public final class CodeFormats {

    /** ICD-10-CM with its dot: letter (not U except U00-U85 emergency use), digit, alphanumeric, 1-4 more. */
    public static final Pattern ICD_10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    public static final Pattern ICD_10_PCS = Pattern.compile("[0-9A-HJ-NP-Z]{7}");
    /** CPT Category I (5 digits), II (4 digits + F), III (4 digits + T), PLA (4 digits + U). */
    public static final Pattern CPT = Pattern.compile("\\d{4}[0-9FTU]");
    public static final Pattern HCPCS = Pattern.compile("[A-V]\\d{4}");
    public static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

    private CodeFormats() {
    }

    /** The order files carry ICD-10-CM codes without the dot, which goes after the third character. */
    public static String dottedIcd10Cm(String undotted) {
        return undotted.length() > 3 ? undotted.substring(0, 3) + "." + undotted.substring(3) : undotted;
    }
}
