package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000A/2100A of a 276: the payer asked (NM1*PR). */
public record Payer276(EntityName name, List<Receiver276> receivers) {

    public Payer276 {
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }
}
