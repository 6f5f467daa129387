package io.revcycle.x12.eligibility;

import java.util.List;

/**
 * Loop 2000A/2100A of a 271: the information source (payer), rejections at the level (2000A AAA) and of the name
 * (2100A AAA), its contacts (PER) and its receivers.
 */
public record Source271(List<Rejection> levelRejections, EntityName name, List<Contact> contacts,
        List<Rejection> rejections, List<Receiver271> receivers) {

    public Source271 {
        levelRejections = levelRejections == null ? List.of() : List.copyOf(levelRejections);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }
}
