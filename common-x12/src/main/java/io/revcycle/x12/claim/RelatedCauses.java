package io.revcycle.x12.claim;

import java.util.List;

/** CLM11 (837P): related causes (AA auto accident, EM employment, OA other accident), accident state and country. */
public record RelatedCauses(List<String> causes, String state, String country) {

    public RelatedCauses {
        causes = List.copyOf(causes);
    }
}
