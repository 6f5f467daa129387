package io.revcycle.x12.claim;

import java.util.List;

/** A PER contact: a name and up to three numbers, each with its qualifier (TE telephone, EX extension, FX, EM...). */
public record Contact(String name, List<Communication> numbers) {

    public Contact {
        numbers = List.copyOf(numbers);
    }

    public record Communication(String qualifier, String number) {
    }
}
