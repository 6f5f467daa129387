package io.revcycle.claims.service;

import java.util.Map;

/**
 * Acknowledgment codes in words for the correction queue. Curated subsets of public X12 code lists: 999 IK304
 * (element 620, implementation segment syntax error), IK403 (element 621, implementation data element syntax error)
 * and IK502 (element 618, transaction set syntax error) from the 005010X231A1 999 guide; 277CA STC01-1 from the X12
 * external code list "Claim Status Category Codes" (source 507), STC01-2 from "Claim Status Codes" (source 508),
 * STC01-3 from the entity identifier codes (element 98); the same lists word the STC01 of 277 claim status answers
 * (005010X212). A code outside the subsets is named with its list.
 */
public final class AckCodeWords {

    private static final Map<String, String> SEGMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "unrecognized segment ID"),
            Map.entry("2", "unexpected segment"),
            Map.entry("3", "required segment missing"),
            Map.entry("4", "loop occurs over maximum times"),
            Map.entry("5", "segment exceeds maximum use"),
            Map.entry("6", "segment not in defined transaction set"),
            Map.entry("7", "segment not in proper sequence"),
            Map.entry("8", "segment has data element errors"),
            Map.entry("I4", "implementation \"not used\" segment present"),
            Map.entry("I6", "implementation dependent segment missing"),
            Map.entry("I7", "implementation loop occurs under minimum times"),
            Map.entry("I8", "implementation segment below minimum use"),
            Map.entry("I9", "implementation dependent \"not used\" segment present"));

    private static final Map<String, String> ELEMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "required data element missing"),
            Map.entry("2", "conditional required data element missing"),
            Map.entry("3", "too many data elements"),
            Map.entry("4", "data element too short"),
            Map.entry("5", "data element too long"),
            Map.entry("6", "invalid character in data element"),
            Map.entry("7", "invalid code value"),
            Map.entry("8", "invalid date"),
            Map.entry("9", "invalid time"),
            Map.entry("10", "exclusion condition violated"),
            Map.entry("12", "too many repetitions"),
            Map.entry("13", "too many components"),
            Map.entry("I6", "code value not used in implementation"),
            Map.entry("I9", "implementation dependent data element missing"),
            Map.entry("I10", "implementation \"not used\" data element present"),
            Map.entry("I11", "implementation too few repetitions"),
            Map.entry("I12", "implementation pattern match failure"),
            Map.entry("I13", "implementation dependent \"not used\" data element present"));

    private static final Map<String, String> TRANSACTION_ERRORS = Map.ofEntries(
            Map.entry("1", "transaction set not supported"),
            Map.entry("2", "transaction set trailer missing"),
            Map.entry("3", "transaction set control number in header and trailer do not match"),
            Map.entry("4", "number of included segments does not match actual count"),
            Map.entry("5", "one or more segments in error"),
            Map.entry("6", "missing or invalid transaction set identifier"),
            Map.entry("7", "missing or invalid transaction set control number"),
            Map.entry("23", "transaction set control number not unique within the functional group"),
            Map.entry("I5", "implementation one or more segments in error"),
            Map.entry("I6", "implementation convention not supported"));

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("A0", "Acknowledgement/Forwarded: the claim has been forwarded to another entity"),
            Map.entry("A1", "Acknowledgement/Receipt: the claim has been received (not yet accepted for adjudication)"),
            Map.entry("A2", "Acknowledgement/Acceptance into adjudication system"),
            Map.entry("A3", "Acknowledgement/Returned as unprocessable claim: rejected, not entered into adjudication"),
            Map.entry("A4", "Acknowledgement/Not Found"),
            Map.entry("A5", "Acknowledgement/Split Claim"),
            Map.entry("A6", "Acknowledgement/Rejected for Missing Information"),
            Map.entry("A7", "Acknowledgement/Rejected for Invalid Information"),
            Map.entry("A8", "Acknowledgement/Rejected for relational field in error"),
            // 277 claim status answers (005010X212)
            Map.entry("D0", "Data Search Unsuccessful"),
            Map.entry("E0", "Response not possible - error on submitted request data"),
            Map.entry("E1", "Response not possible - system status"),
            Map.entry("F0", "Finalized: the claim has completed the adjudication cycle"),
            Map.entry("F1", "Finalized/Payment: the claim has been paid"),
            Map.entry("F2", "Finalized/Denial: the claim has been denied"),
            Map.entry("F3", "Finalized/Revised: adjudication information has been changed"),
            Map.entry("F4", "Finalized/Adjudication Complete - No payment forthcoming"),
            Map.entry("P0", "Pending: Adjudication/Details are not available"),
            Map.entry("P1", "Pending/In Process: the claim is in the adjudication system"),
            Map.entry("P2", "Pending/Payer Review: the claim is suspended pending review"),
            Map.entry("P3", "Pending/Provider Requested Information"),
            Map.entry("P4", "Pending/Patient Requested Information"),
            Map.entry("R0", "Requests for additional Information/General Requests"));

    private static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("0", "Cannot provide further status electronically"),
            Map.entry("1", "For more detailed information, see remittance advice"),
            Map.entry("2", "More detailed information in letter"),
            Map.entry("3", "Claim has been adjudicated and is awaiting payment cycle"),
            Map.entry("16", "Claim/encounter has been forwarded to entity"),
            Map.entry("19", "Entity acknowledges receipt of claim/encounter"),
            Map.entry("20", "Accepted for processing"),
            Map.entry("21", "Missing or invalid information"),
            Map.entry("26", "Entity not found"),
            Map.entry("28", "Claim submitted to wrong payer"),
            Map.entry("29", "Subscriber and policy number/contract number mismatched"),
            Map.entry("30", "Subscriber and subscriber id mismatched"),
            Map.entry("33", "Subscriber and subscriber id not found"),
            Map.entry("35", "Claim/encounter not found"),
            Map.entry("54", "Duplicate of a previously processed claim/line"),
            Map.entry("78", "Duplicate of an existing claim/line, awaiting processing"),
            Map.entry("116", "Claim submitted to incorrect payer"),
            Map.entry("158", "Entity's date of birth"),
            Map.entry("164", "Entity's contract/member number"),
            Map.entry("187", "Date(s) of service"),
            Map.entry("562", "Entity's National Provider Identifier (NPI)"),
            Map.entry("65", "Claim/line has been paid"),
            Map.entry("88", "Entity not eligible for benefits for submitted dates of service"),
            Map.entry("104", "Processed according to plan provisions"),
            Map.entry("107", "Processed according to contract provisions"));

    private static final Map<String, String> ENTITIES = Map.of(
            "IL", "subscriber", "QC", "patient", "85", "billing provider", "82", "rendering provider",
            "77", "service location", "71", "attending provider", "PR", "payer", "41", "submitter",
            "40", "receiver", "DN", "referring provider");

    private AckCodeWords() {
    }

    public static String segmentError(String code) {
        return words(SEGMENT_ERRORS, code, "999 IK304");
    }

    public static String elementError(String code) {
        return words(ELEMENT_ERRORS, code, "999 IK403");
    }

    public static String transactionError(String code) {
        return words(TRANSACTION_ERRORS, code, "999 IK502");
    }

    public static String category(String code) {
        return words(CATEGORIES, code, "claim status category (507)");
    }

    public static String status(String code) {
        return words(STATUSES, code, "claim status (508)");
    }

    public static String entity(String code) {
        return words(ENTITIES, code, "entity identifier (98)");
    }

    private static String words(Map<String, String> list, String code, String listName) {
        if (code == null) {
            return "no code";
        }
        String w = list.get(code);
        return w != null ? w : listName + " code " + code;
    }
}
