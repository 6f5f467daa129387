package io.revcycle.x12.eligibility;

import java.util.List;

/** PER: contact function (IC information contact), name and up to three communication numbers. */
public record Contact(String functionCode, String name, List<Communication> numbers) {

    public Contact {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }
}
