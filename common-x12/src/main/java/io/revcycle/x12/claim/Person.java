package io.revcycle.x12.claim;

import java.time.LocalDate;
import java.util.List;

/** A subscriber or patient (2010BA, 2010CA, 2330A): name, address, birth date and gender (DMG), ids, contact. */
public record Person(Name name, Address address, LocalDate birthDate, String gender, List<Reference> references,
        Contact contact) {

    public Person {
        references = List.copyOf(references);
    }
}
