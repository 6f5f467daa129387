package io.revcycle.x12.claim;

import java.util.List;

/** A composite procedure (C003): qualifier (HC, ER, IV, WK, HP), code, up to four modifiers and a description. */
public record Procedure(String qualifier, String code, List<String> modifiers, String description) {

    public Procedure {
        modifiers = List.copyOf(modifiers);
    }

    public static Procedure hcpcs(String code, String... modifiers) {
        return new Procedure("HC", code, List.of(modifiers), null);
    }
}
