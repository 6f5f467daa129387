package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000C/2100C of a 276: the service provider (NM1*1P) whose claims are asked about. */
public record Provider276(EntityName name, List<Subscriber276> subscribers) {

    public Provider276 {
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
    }
}
