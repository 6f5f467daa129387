package io.revcycle.x12.eligibility;

import java.util.List;

/**
 * A composite medical procedure identifier (C003, in EQ02, EB13 and SVC01): qualifier (HC CPT/HCPCS, AD ADA, N4
 * NDC, NU revenue code, ...), the code and up to four modifiers.
 */
public record ProcedureCode(String qualifier, String code, List<String> modifiers) {

    public ProcedureCode {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    public static ProcedureCode of(String qualifier, String code, String... modifiers) {
        return new ProcedureCode(qualifier, code, List.of(modifiers));
    }
}
