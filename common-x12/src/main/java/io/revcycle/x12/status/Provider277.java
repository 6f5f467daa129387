package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000C/2100C of a 277: the service provider (NM1*1P). */
public record Provider277(EntityName name, List<Subscriber277> subscribers) {

    public Provider277 {
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
    }
}
