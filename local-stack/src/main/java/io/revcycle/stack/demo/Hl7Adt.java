package io.revcycle.stack.demo;

import static io.revcycle.stack.hl7.Er7.escape;
import static io.revcycle.stack.hl7.Er7.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.revcycle.stack.demo.SyntheticEncounters.Case;
import io.revcycle.stack.demo.SyntheticEncounters.Coverage;

/**
 * A patient's registration as a hospital's registration system sends it: one HL7 v2.5.1 ADT^A04 (PID as the charge
 * interface sends it, PV1, one IN1 with payer, plan, member id, dates and the patient as subscriber), over MLLP to
 * eligibility-service (docs/hl7-intake.md). IN1 carries no copay, coinsurance or deductible, so such a coverage is
 * on file with its benefits unknown.
 */
public final class Hl7Adt {

    private Hl7Adt() {
    }

    /** The message (ER7, segments ended by CR); the control id is the encounter's, so a resend is one message. */
    public static String of(Case c) {
        String now = c.encounter().dateOfService().format(Hl7Dft.DAY) + "080000";
        Coverage cov = c.coverage();
        Map<Integer, String> in1 = new HashMap<>(Map.of(1, "1", 2, "PPO^" + escape(cov.planName()),
                3, escape(cov.payerId()), 4, escape(cov.payerName()), 12, cov.effectiveFrom().format(Hl7Dft.DAY),
                17, "SEL", 22, "1", 36, escape(cov.memberId())));
        if (cov.effectiveTo() != null) {
            in1.put(13, cov.effectiveTo().format(Hl7Dft.DAY));
        }
        List<String> segments = List.of(
                "MSH|^~\\&|DEMO-REG|" + escape(c.encounter().facilityId()) + "|REVCYCLE|ELIGIBILITY|" + now
                        + "||ADT^A04^ADT_A01|A04-" + escape(c.encounter().encounterId()) + "|P|2.5.1",
                "EVN|A04|" + now,
                Hl7Dft.pid(c.encounter().patient()),
                segment("PV1", Map.of(1, "1", 2, "O")),
                segment("IN1", in1));
        return String.join("\r", segments) + "\r";
    }
}
