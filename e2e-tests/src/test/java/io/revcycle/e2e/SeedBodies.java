package io.revcycle.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies the end-to-end classes seed with: a payer's member (payer simulator) and a registered coverage. */
final class SeedBodies {

    record Benefits(String copay, String coinsurancePercent, String deductibleRemaining) {
    }

    private SeedBodies() {
    }

    /** {@code POST /members} of the payer simulator: the payer's own record of the member. */
    static Map<String, Object> payerMember(String payerId, String memberId, String firstName, String sex,
            String birthDate, String effectiveDate, Benefits benefits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("payerId", payerId);
        m.put("memberId", memberId);
        m.put("firstName", firstName);
        m.put("lastName", "TESTPERSON");
        m.put("birthDate", birthDate);
        m.put("sex", sex);
        m.put("effectiveDate", effectiveDate);
        putBenefits(m, benefits);
        return m;
    }

    /**
     * {@code POST /coverages} of eligibility-service, effective from 2026-01-01; a relationship other than SELF names
     * a synthetic subscriber, none leaves the field out.
     */
    static Map<String, Object> coverage(String patientId, String payerId, String memberId, String planName,
            String relationship, Benefits benefits) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("patientId", patientId);
        c.put("payerId", payerId);
        c.put("memberId", memberId);
        c.put("planName", planName);
        c.put("effectiveFrom", "2026-01-01");
        putBenefits(c, benefits);
        if (relationship != null) {
            c.put("relationshipToSubscriber", relationship);
            if (!"SELF".equals(relationship)) {
                c.put("subscriberFirstName", "Jordan");
                c.put("subscriberLastName", "Testperson");
                c.put("subscriberBirthDate", "1978-09-30");
            }
        }
        return c;
    }

    private static void putBenefits(Map<String, Object> body, Benefits b) {
        body.put("copay", b.copay());
        body.put("coinsurancePercent", b.coinsurancePercent());
        body.put("deductibleRemaining", b.deductibleRemaining());
    }
}
