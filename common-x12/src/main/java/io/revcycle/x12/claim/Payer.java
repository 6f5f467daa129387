package io.revcycle.x12.claim;

import java.time.LocalDate;
import java.util.List;

/** A payer (2010BB, 2330B): name with payer id, address, ids and, for another payer, its adjudication date. */
public record Payer(Name name, Address address, LocalDate adjudicationDate, List<Reference> references) {

    public Payer {
        references = List.copyOf(references);
    }
}
