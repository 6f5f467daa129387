package io.revcycle.x12.eligibility;

import java.util.List;

/** Loop 2000A/2100A of a 270: the information source (payer) asked, and the receivers asking it. */
public record Source270(EntityName name, List<Receiver270> receivers) {

    public Source270 {
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }
}
