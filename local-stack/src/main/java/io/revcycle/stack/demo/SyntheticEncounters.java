package io.revcycle.stack.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic patients, coverages and documented encounters: the same seed always gives the same data. Names and
 * member ids are invented; codes are real ICD-10-CM / CPT / HCPCS / ICD-10-PCS codes from the platform's curated sets.
 */
public final class SyntheticEncounters {

    public record Patient(String patientId, String firstName, String lastName, LocalDate dateOfBirth, String sex,
            Address address) {
    }

    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    public record Coverage(String coverageId, String patientId, String payerId, String payerName, String memberId,
            String planName, LocalDate effectiveFrom, LocalDate effectiveTo, BigDecimal copay,
            BigDecimal coinsurancePercent, BigDecimal deductibleRemaining) {
    }

    /** presentOnAdmission: inpatient stays only (Y: every demo diagnosis was present on admission). */
    public record Diagnosis(int sequence, String description, String code, String presentOnAdmission) {
    }

    /** codeSystem and performedDate: an inpatient stay's ICD-10-PCS procedures only (null on CPT/HCPCS lines). */
    public record Procedure(int lineNumber, String description, String code, List<String> modifiers, int units,
            List<Integer> diagnosisSequences, String codeSystem, LocalDate performedDate) {

        public Procedure(int lineNumber, String description, String code, List<String> modifiers, int units,
                List<Integer> diagnosisSequences) {
            this(lineNumber, description, code, modifiers, units, diagnosisSequences, null, null);
        }
    }

    public record Encounter(String encounterId, Patient patient, String renderingProviderNpi,
            String billingProviderNpi, String facilityId, String placeOfService, String payerId, String memberId,
            LocalDate dateOfService, List<Diagnosis> diagnoses, List<Procedure> procedures, String encounterType,
            LocalDate admissionDate, LocalDate dischargeDate, String dischargeDisposition, String admissionType,
            String admissionSource) {
    }

    /** What a coder would assign to an encounter that needs review (the documented text names it). */
    public record CodedLine(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers) {
    }

    public record Intended(List<String> diagnosisCodes, List<CodedLine> lines) {
    }

    /**
     * One synthetic encounter and what it should come to. {@code payerMemberId} is the member id the payer has on
     * file; it differs from the documented one when registration mistyped it (the payer rejects the claim in its
     * 277CA and the biller corrects the member id and re-sends).
     */
    public record Case(Encounter encounter, Coverage coverage, Intended intended, boolean needsCoder,
            String payerMemberId) {

        public boolean mistypedMemberId() {
            return !payerMemberId.equals(encounter.memberId());
        }

        public boolean facility() {
            return OUTPATIENT_FACILITY.equals(encounter.encounterType());
        }

        public boolean inpatient() {
            return INPATIENT.equals(encounter.encounterType());
        }
    }

    public static final String PROFESSIONAL = "PROFESSIONAL";
    public static final String OUTPATIENT_FACILITY = "OUTPATIENT_FACILITY";
    public static final String INPATIENT = "INPATIENT";
    public static final String ICD10PCS = "ICD10PCS";
    /**
     * An inpatient stay's ICD-10-PCS procedures, principal first, as the provider documents them (codes of
     * coding-service's shipped ICD-10-PCS subset): the 837I reports them in HI BBR (principal) and BBQ (others).
     */
    static final String[][][] STAY_PROCEDURES = {
        {{"02HV33Z", "Central venous catheter placed in the superior vena cava, percutaneous"},
            {"B548ZZA", "Ultrasound guidance of the superior vena cava for the line"}},
        {{"30233N1", "Transfusion of packed red blood cells into a peripheral vein"}},
        {{"0BH17EZ", "Endotracheal intubation through the mouth"},
            {"5A1935Z", "Mechanical ventilation, less than 24 consecutive hours"}},
    };
    /** claims-service's chargemaster code of a day of room and board, billed once per night of an inpatient stay. */
    public static final String ROOM_AND_BOARD = "RB-SEMIPRIVATE";

    static final String[][] DIAGNOSES = {
        {"E11.9", "Type 2 diabetes mellitus without complications"}, {"I10", "Essential (primary) hypertension"},
        {"J06.9", "Acute upper respiratory infection, unspecified"}, {"M54.50", "Low back pain, unspecified"},
        {"R05.9", "Cough, unspecified"}, {"E78.5", "Hyperlipidemia, unspecified"},
        {"K21.9", "Gastro-esophageal reflux disease without esophagitis"},
        {"J45.909", "Unspecified asthma, uncomplicated"}, {"N39.0", "Urinary tract infection, site not specified"},
        {"R51.9", "Headache, unspecified"}, {"F41.1", "Generalized anxiety disorder"},
        {"M25.561", "Pain in right knee"}, {"J02.9", "Acute pharyngitis, unspecified"},
    };

    /** code, documented text, max units */
    static final Object[][] PROCEDURES = {
        {"99213", "Established patient office visit, low complexity", 1},
        {"99214", "Established patient office visit, moderate complexity", 1},
        {"99203", "New patient office visit, low complexity", 1},
        {"36415", "Venipuncture", 1}, {"80053", "Comprehensive metabolic panel", 1},
        {"85025", "Complete blood count with differential", 1}, {"83036", "Hemoglobin A1c", 1},
        {"93000", "Electrocardiogram with interpretation", 1}, {"71046", "Chest X-ray, 2 views", 1},
        {"97110", "Therapeutic exercises, each 15 minutes", 3}, {"20610", "Arthrocentesis, major joint", 1},
        {"96372", "Therapeutic injection", 1}, {"J1100", "Dexamethasone sodium phosphate injection, per 1 mg", 8},
        {"87880", "Rapid strep test", 1},
    };

    static final String[][] CITIES = {{"Springfield", "IL", "62701"}, {"Riverton", "WY", "82501"},
        {"Fairview", "TN", "37062"}, {"Madison", "WI", "53703"}, {"Georgetown", "TX", "78626"}};
    static final String[] STREETS = {"Main St", "Oak Ave", "Elm St", "Maple Dr", "Cedar Ln", "Pine Rd"};
    static final String[] FIRST = {"Alex", "Sam", "Jordan", "Casey", "Riley", "Morgan", "Taylor", "Jamie", "Avery", "Quinn"};
    static final String[] LAST = {"Testperson", "Sampleton", "Demoson", "Fakeley", "Mockford", "Synthwell", "Placeholt"};
    static final BigDecimal[] COPAYS = {bd("0.00"), bd("20.00"), bd("25.00"), bd("40.00")};
    static final BigDecimal[] COINSURANCE = {bd("0.00"), bd("10.00"), bd("20.00")};
    static final BigDecimal[] DEDUCTIBLES = {bd("0.00"), bd("50.00"), bd("150.00"), bd("500.00")};
    static final Map<String, String> PAYERS = Map.of("SYNPAYER1", "Synthetic Health Plan", "SYNPAYER2", "Example Mutual");

    private SyntheticEncounters() {
    }

    public static List<Case> generate(int count, long seed) {
        Random random = new Random(seed);
        String run = Long.toString(Math.abs(seed), 36);
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(generateOne(i, run, random));
        }
        return cases;
    }

    private static Case generateOne(int i, String run, Random random) {
        String suffix = run + "-" + String.format("%05d", i);
        Patient patient = new Patient("PAT-" + suffix, FIRST[random.nextInt(FIRST.length)],
                LAST[random.nextInt(LAST.length)], LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12),
                        1 + random.nextInt(28)), random.nextBoolean() ? "F" : "M", address(random));
        String payerId = i % 3 == 2 ? "SYNPAYER2" : "SYNPAYER1";
        String payerMemberId = "SYN" + (100000000 + random.nextInt(899999999));
        // about 4 % were registered with a mistyped member id (the last digit), which only the payer notices
        String memberId = i % 25 == 13 ? payerMemberId.substring(0, payerMemberId.length() - 1)
                + (char) ('0' + (payerMemberId.charAt(payerMemberId.length() - 1) - '0' + 1) % 10) : payerMemberId;
        LocalDate dos = LocalDate.of(2026, 2, 2).plusDays(random.nextInt(240));
        boolean terminated = i % 12 == 5; // about 8 % of encounters have lost coverage: their claims are held
        Coverage coverage = new Coverage("COV-" + suffix, patient.patientId(), payerId, PAYERS.get(payerId), memberId,
                "Synthetic PPO", LocalDate.of(2026, 1, 1), terminated ? LocalDate.of(2026, 1, 31) : null,
                COPAYS[random.nextInt(COPAYS.length)], COINSURANCE[random.nextInt(COINSURANCE.length)],
                DEDUCTIBLES[random.nextInt(DEDUCTIBLES.length)]);

        int dxCount = 1 + random.nextInt(3);
        List<String[]> dx = pickDistinct(DIAGNOSES, dxCount, random);
        boolean needsCoder = i % 20 == 7; // the provider left a diagnosis uncoded: a coder must assign it
        // one in 25 is a hospital stay: billed on an 837I (type of bill 0111) with room and board per night; a facility
        // coder reviews every one (POA per diagnosis, ICD-10-PCS procedures with their dates; no CPT/HCPCS line, the
        // hospital's charges come from its CDM)
        boolean inpatient = i % 25 == 9;
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (int d = 0; d < dx.size(); d++) {
            diagnoses.add(new Diagnosis(d + 1, dx.get(d)[1], needsCoder && d == 0 ? null : dx.get(d)[0],
                    inpatient ? "Y" : null));
        }
        int lineCount = inpatient ? 0 : 1 + random.nextInt(3);
        List<Object[]> px = pickDistinct(PROCEDURES, lineCount, random);
        List<Procedure> procedures = new ArrayList<>();
        List<CodedLine> lines = new ArrayList<>();
        for (int l = 0; l < px.size(); l++) {
            int units = 1 + random.nextInt((Integer) px.get(l)[2]);
            List<Integer> pointers = List.of(1 + random.nextInt(dx.size()));
            procedures.add(new Procedure(l + 1, (String) px.get(l)[1], (String) px.get(l)[0], List.of(), units, pointers));
            lines.add(new CodedLine(l + 1, (String) px.get(l)[0], List.of(), units, pointers));
        }
        // one in five is the hospital's outpatient department billing its facility charges on an 837I
        boolean facility = i % 5 == 3;
        LocalDate admitted = inpatient ? dos.minusDays(1 + random.nextInt(4)) : null;
        if (inpatient) { // the stay's procedures, performed the day after admission
            String[][] stay = STAY_PROCEDURES[i / 25 % STAY_PROCEDURES.length]; // not drawn: the rest stays as seeded
            for (int p = 0; p < stay.length; p++) {
                procedures.add(new Procedure(p + 1, stay[p][1], stay[p][0], List.of(), 1, List.of(1), ICD10PCS,
                        admitted.plusDays(1)));
            }
        }
        Encounter encounter = new Encounter("ENC-" + suffix, patient, "1234567893", "1234567893", "FAC-MAIN",
                inpatient ? "21" : facility ? "22" : "11", payerId, memberId, dos, diagnoses, procedures,
                inpatient ? INPATIENT : facility ? OUTPATIENT_FACILITY : PROFESSIONAL, admitted,
                inpatient ? dos : null, inpatient ? "01" : null, inpatient ? "1" : null, inpatient ? "2" : null);
        Intended intended = new Intended(dx.stream().map(d -> d[0]).toList(), lines);
        return new Case(encounter, coverage, intended, needsCoder, payerMemberId);
    }

    private static Address address(Random random) {
        String[] city = CITIES[random.nextInt(CITIES.length)];
        return new Address((100 + random.nextInt(9800)) + " " + STREETS[random.nextInt(STREETS.length)], null,
                city[0], city[1], city[2]);
    }

    private static <T> List<T> pickDistinct(T[] from, int n, Random random) {
        List<T> pool = new ArrayList<>(List.of(from));
        List<T> picked = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
