package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.Contact;
import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000A/2100A of a 277: the payer (NM1*PR) and its contact (PER*IC). */
public record Payer277(EntityName name, List<Contact> contacts, List<Receiver277> receivers) {

    public Payer277 {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }
}
