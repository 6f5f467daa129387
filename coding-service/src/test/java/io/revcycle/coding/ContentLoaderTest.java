package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.revcycle.coding.content.ContentSnapshot;
import io.revcycle.coding.content.ContentSnapshots;
import io.revcycle.coding.edits.ClaimToCheck;
import io.revcycle.coding.edits.EditsEngine;
import io.revcycle.coding.edits.Finding;
import io.revcycle.security.Roles;

/**
 * Loads excerpts written in the official CMS layouts through POST /admin/content/{kind}: counts, idempotency (the
 * same file again changes nothing), closing rows that disappear, and the edits on both sides of the new dates.
 * The excerpts' releases take effect in 2030-2031, after every date of service the other tests use.
 */
@QuarkusTest
@TestSecurity(user = "content-admin-1", roles = { Roles.CONTENT_ADMIN, Roles.CODER, Roles.REGISTRATION })
class ContentLoaderTest {

    @Inject
    EntityManager em;

    @Inject
    ContentSnapshots snapshots;

    @Test
    void shouldLoadIcd10CmOrderFilesAsDatedVersions() {
        long openBefore = count("select count(*) from content_code where code_system = 'ICD10CM' and effective_to is null");
        String fy2031 = order(
                row(1, "A00", false, "Cholera", "Cholera"),
                row(2, "A000", true, "Cholera due to Vibrio cholerae 01, biovar cholerae",
                        "Cholera due to Vibrio cholerae 01, biovar cholerae"),
                row(3, "E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
                row(4, "E119", true, "Type 2 diabetes mellitus without complications",
                        "Type 2 diabetes mellitus without complications"),
                row(5, "N401", true, "Benign prostatic hyperplasia with lower urinary tract symptoms",
                        "Benign prostatic hyperplasia with lower urinary tract symptoms"));
        JsonPath first = load("icd10cm", "FY2031", null, fy2031).then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("status")).isEqualTo("LOADED");
        assertThat(first.getString("effectiveDate")).isEqualTo("2030-10-01");
        assertThat(first.getInt("rows")).isEqualTo(5);
        assertThat(first.getInt("added")).isEqualTo(5); // A00/A00.0 new; the others gain their short descriptions
        assertThat(first.getInt("closed")).isEqualTo(openBefore); // every open curated row: changed or not in FY2031
        assertThat(first.getString("checksum")).hasSize(64);
        long rowsAfterFirst = count("select count(*) from content_code");

        JsonPath again = load("icd10cm", "FY2031", null, fy2031).then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("status")).isEqualTo("UNCHANGED");
        assertThat(again.getLong("contentVersionId")).isEqualTo(first.getLong("contentVersionId"));
        assertThat(List.of(again.getInt("added"), again.getInt("closed"), again.getInt("unchanged"))).containsExactly(0, 0, 5);
        assertThat(count("select count(*) from content_code")).isEqualTo(rowsAfterFirst);

        // FY2032: A00.0 dropped, E11.65 added, the rest unchanged
        String fy2032 = order(
                row(1, "A00", false, "Cholera", "Cholera"),
                row(2, "E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
                row(3, "E1165", true, "Type 2 diabetes mellitus with hyperglycemia",
                        "Type 2 diabetes mellitus with hyperglycemia"),
                row(4, "E119", true, "Type 2 diabetes mellitus without complications",
                        "Type 2 diabetes mellitus without complications"),
                row(5, "N401", true, "Benign prostatic hyperplasia with lower urinary tract symptoms",
                        "Benign prostatic hyperplasia with lower urinary tract symptoms"));
        JsonPath next = load("icd10cm", "FY2032", null, fy2032).then().statusCode(200).extract().jsonPath();
        assertThat(List.of(next.getInt("added"), next.getInt("closed"), next.getInt("unchanged"))).containsExactly(1, 1, 4);

        ContentSnapshot content = snapshots.current();
        assertThat(ruleIds(content, LocalDate.of(2031, 9, 30), "A00.0")).isEmpty();
        assertThat(messages(content, LocalDate.of(2031, 10, 1), "A00.0")).containsExactly("A00.0 is not a valid "
                + "ICD-10-CM code on the date of service 2031-10-01: it was valid through 2031-09-30");
        assertThat(ruleIds(content, LocalDate.of(2031, 10, 1), "E11.65")).isEmpty();
        assertThat(ruleIds(content, LocalDate.of(2031, 9, 30), "E11.65")).containsExactly("ICD_EXPIRED");
        // curated codes missing from the excerpt end with FY2030; old dates of service keep them
        assertThat(ruleIds(content, LocalDate.of(2030, 10, 1), "I10")).containsExactly("ICD_EXPIRED");
        assertThat(ruleIds(content, LocalDate.of(2026, 3, 2), "I10")).isEmpty();
        // the order file carries no MCE attributes: N40.1 keeps the curated "male only"
        assertThat(ruleIds(content, LocalDate.of(2031, 10, 1), "N40.1")).containsExactly("SEX_CONFLICT");

        // an older release cannot follow a newer one
        load("icd10cm", "FY2030", null, order(row(1, "I10", true, "Essential (primary) hypertension",
                "Essential (primary) hypertension"))).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldLoadIcd10PcsOrderFiles() {
        // the shipped subset's rows, not in this excerpt, end when FY2031 takes effect
        long shippedPcs = count("select count(*) from content_code where code_system = 'ICD10PCS' and effective_to is null");
        assertThat(shippedPcs).isPositive();
        String fy2031 = order(
                row(1, "0DT", false, "Resection of Gastrointestinal System", "Resection of Gastrointestinal System"),
                row(2, "0DTJ0ZZ", true, "Resection of Appendix, Open Approach", "Resection of Appendix, Open Approach"),
                row(3, "0DTJ4ZZ", true, "Resection of Appendix, Perc Endo Approach",
                        "Resection of Appendix, Percutaneous Endoscopic Approach"));
        load("icd10pcs", "ICD-10-PCS FY2031", null, fy2031).then().statusCode(200)
                .body("status", equalTo("LOADED")).body("added", equalTo(3)).body("closed", equalTo((int) shippedPcs));
        load("icd10pcs", "ICD-10-PCS FY2031", null, fy2031).then().statusCode(200)
                .body("status", equalTo("UNCHANGED")).body("unchanged", equalTo(3)).body("added", equalTo(0));
        given().queryParam("text", "resection of the appendix, laparoscopic percutaneous endoscopic")
                .queryParam("kind", "procedure").queryParam("date", "2031-01-05")
                .get("/suggestions").then().statusCode(200)
                .body("[0].code", equalTo("0DTJ4ZZ")).body("[0].codeSystem", equalTo("ICD10PCS"))
                .body("[1].code", equalTo("0DTJ0ZZ"));
    }

    @Test
    void shouldLoadTheHcpcsAnnualFileWithContinuationsAndTerminations() {
        long openBefore = count("select count(*) from content_code where code_system = 'HCPCS' and effective_to is null");
        String file = String.join("\n",
                hcpcs("G0008", 100, '3', "Administration of influenza virus vaccine", "Admin influenza virus vac",
                        "20310101", "20310630"),
                hcpcs("G0439", 200, '3', "Annual wellness visit, includes a personalized prevention plan of service",
                        "Ppps, subseq visit", "20310101", ""),
                hcpcs("G0439", 201, '4', "(pps), subsequent visit", "", "", ""),
                hcpcs("J1100", 300, '3', "Injection, dexamethasone sodium phosphate, 1 mg", "Dexamethasone sodium phos",
                        "20310101", ""),
                hcpcs("LT", 400, '7', "Left side (used to identify procedures performed on the left side of the body)",
                        "Left side", "20310101", ""));
        JsonPath first = load("hcpcs", "HCPC2031_JAN_ANWEB", null, file).then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("effectiveDate")).isEqualTo("2031-01-01");
        assertThat(List.of(first.getInt("rows"), first.getInt("added"), first.getLong("closed")))
                .containsExactly(3, 3, openBefore);
        load("hcpcs", "HCPC2031_JAN_ANWEB", null, file).then().statusCode(200).body("status", equalTo("UNCHANGED"));

        assertThat(count("select count(*) from content_code where code = 'G0439' and effective_to is null "
                + "and long_description = 'Annual wellness visit, includes a personalized prevention plan of service "
                + "(pps), subsequent visit'")).isEqualTo(1);
        ContentSnapshot content = snapshots.current();
        assertThat(lineRuleIds(content, LocalDate.of(2031, 6, 30), "G0008")).isEmpty();
        assertThat(lineMessages(content, LocalDate.of(2031, 7, 1), "G0008"))
                .containsExactly("line 1: G0008 is not a valid HCPCS Level II code on 2031-07-01");
        assertThat(lineMessages(content, LocalDate.of(2031, 7, 1), "G0010"))
                .containsExactly("line 1: G0010 is not a valid HCPCS Level II code on 2031-07-01");
        assertThat(lineRuleIds(content, LocalDate.of(2026, 3, 2), "G0010")).isEmpty();
    }

    @Test
    void shouldLoadNcciPtpEditsWithTheirOwnDates() {
        String file = String.join("\n",
                "CPT codes, descriptions and other data only are copyright American Medical Association.",
                "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
                        + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale",
                "93000\t93005\t*\t19960101\t*\t0\tCPT Manual or CMS manual coding instructions",
                "93000\t93010\t*\t19960101\t20310401\t0\tCPT Manual or CMS manual coding instructions",
                "20610\t96372\t\t20310101\t*\t1\tMisuse of column two code with column one code",
                "");
        load("ncci-ptp", "NCCI PTP practitioner 2031Q1", null, file).then().statusCode(200)
                .body("effectiveDate", equalTo("2031-01-01")).body("rows", equalTo(3))
                .body("added", equalTo(1)).body("closed", equalTo(2)).body("unchanged", equalTo(1));
        load("ncci-ptp", "NCCI PTP practitioner 2031Q1", null, file).then().statusCode(200)
                .body("status", equalTo("UNCHANGED"));

        ContentSnapshot content = snapshots.current();
        assertThat(pair(content, LocalDate.of(2031, 3, 31), "93000", "93010")).containsExactly("NCCI_PTP");
        assertThat(pair(content, LocalDate.of(2031, 4, 1), "93000", "93010")).isEmpty(); // deleted 2031-04-01
        assertThat(pair(content, LocalDate.of(2031, 2, 3), "20610", "96372")).containsExactly("NCCI_PTP");
        assertThat(pair(content, LocalDate.of(2030, 12, 31), "20610", "96372")).isEmpty();
        assertThat(pair(content, LocalDate.of(2030, 12, 31), "20610", "76942")).containsExactly("NCCI_PTP");
        assertThat(pair(content, LocalDate.of(2031, 1, 1), "20610", "76942")).isEmpty(); // not in the 2031Q1 file
    }

    @Test
    void shouldLoadMueValuesByQuarter() {
        String file = String.join("\n",
                "\"CPT codes, descriptions and other data only are copyright American Medical Association.\",,,",
                "\"HCPCS/CPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\",\"MUE Rationale\"",
                "80053,1,\"2 Date of Service Edit: Policy\",\"Code Descriptor / CPT Instruction\"",
                "20610,3,\"1 Line Edit\",\"Anatomic Consideration\"",
                "96372,4,\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"");
        load("mue", "MUE practitioner 2031Q1", null, file).then().statusCode(200)
                .body("rows", equalTo(3)).body("added", equalTo(2)).body("closed", equalTo(3))
                .body("unchanged", equalTo(1));
        load("mue", "MUE practitioner 2031Q1", null, file).then().statusCode(200).body("status", equalTo("UNCHANGED"));

        ContentSnapshot content = snapshots.current();
        assertThat(content.mue("20610", LocalDate.of(2030, 12, 31)).orElseThrow().units()).isEqualTo(2);
        assertThat(content.mue("20610", LocalDate.of(2031, 1, 1)).orElseThrow().units()).isEqualTo(3);
        assertThat(content.mue("G0439", LocalDate.of(2031, 1, 1))).isEmpty();
        assertThat(content.mue("96372", LocalDate.of(2031, 1, 1)).orElseThrow().adjudicationIndicator()).isEqualTo(3);
    }

    @Test
    void shouldCheckCptCodesOnlyAgainstALicensedFile() {
        String file = "# licensed CPT file (descriptors withheld in this test)\n99213\t(descriptor)\n36415\t(descriptor)\n";
        load("cpt", "CPT 2031", null, file).then().statusCode(200).body("added", equalTo(2))
                .body("effectiveDate", equalTo("2031-01-01"));
        ContentSnapshot content = snapshots.current();
        assertThat(lineRuleIds(content, LocalDate.of(2031, 2, 3), "99499")).containsExactly("CPT_UNKNOWN");
        assertThat(lineRuleIds(content, LocalDate.of(2031, 2, 3), "99213")).isEmpty();
        assertThat(lineRuleIds(content, LocalDate.of(2026, 3, 2), "99499")).isEmpty();
    }

    @Test
    void shouldLoadThePoaExemptListAndTheMceUnacceptablePrincipalDiagnoses() {
        // FY2030 (from 2029-10-01): Z09 leaves the POA exempt list, Z23 the unacceptable principal diagnoses
        long shippedPoa = count("select count(*) from content_code where code_system = 'POA_EXEMPT' and effective_to is null");
        String poa = "Order2030\tPOAexemptCode\tDescription\r\n"
                + "94162\tZ79.4\tLong term (current) use of insulin\r\n"
                + "94429\tZ87891\tPersonal history of nicotine dependence\r\n"
                + "24659\tO09.90\t\"Supervision of high risk pregnancy, unspecified, unspecified trimester\"\r\n";
        JsonPath loaded = load("poa-exempt", "POA exempt FY2030", null, poa).then().statusCode(200).extract().jsonPath();
        assertThat(loaded.getString("effectiveDate")).isEqualTo("2029-10-01");
        assertThat(List.of(loaded.getInt("rows"), loaded.getInt("unchanged"), loaded.getInt("closed")))
                .containsExactly(3, 3, (int) shippedPoa - 3);
        assertThat(load("poa-exempt", "POA exempt FY2030", null, poa).then().statusCode(200).extract()
                .jsonPath().getString("status")).isEqualTo("UNCHANGED");

        String mce = """
                Definitions of Medicare Code Edits v47.0
                Contents
                 6. Manifestation code as principal diagnosis ........ 1.40
                 9. Unacceptable principal diagnosis ........ 1.61
                10. Non-specific O.R. procedure ........ 1.80
                6. Manifestation code as principal diagnosis
                   G63     Polyneuropathy in diseases classified elsewhere
                9. Unacceptable principal diagnosis
                   Diagnoses unacceptable as principal diagnosis
                   Z0000   Encntr for general adult medical exam w/o abnormal findings
                   Z09     Encntr for f/u exam aft trtmt for cond oth than malig neoplm
                   Z09     Encntr for f/u exam aft trtmt for cond oth than malig neoplm
                10. Non-specific O.R. procedure
                """;
        JsonPath mceLoaded = load("mce-unacceptable-pdx", "MCE v47 FY2030", null, mce).then().statusCode(200)
                .extract().jsonPath();
        assertThat(mceLoaded.getInt("rows")).as("section 9 only, Z09 once").isEqualTo(2);
        assertThat(mceLoaded.getString("effectiveDate")).isEqualTo("2029-10-01");

        ContentSnapshot content = snapshots.current();
        LocalDate before = LocalDate.of(2029, 9, 30);
        LocalDate after = LocalDate.of(2030, 3, 15);
        assertThat(inpatient(content, before, "Z09", null)).containsExactly("PDX_UNACCEPTABLE");
        assertThat(inpatient(content, after, "Z09", null)).containsExactly("PDX_UNACCEPTABLE", "POA_REQUIRED");
        assertThat(inpatient(content, before, "Z23", null)).containsExactly("PDX_UNACCEPTABLE");
        assertThat(inpatient(content, after, "Z23", "Y")).isEmpty(); // no longer on either list
        assertThat(inpatient(content, after, "Z79.4", "Y")).containsExactly("POA_EXEMPT");

        load("mce-unacceptable-pdx", "MCE v48 FY2033", null, "Z0000   Encntr for general adult medical exam\n")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Unacceptable principal diagnosis"));
        load("poa-exempt", "POA exempt FY2033", null, "Order2033\tPOAexemptCode\tDescription\n00001\tZ7\tbad\n")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("line 2"));
    }

    @Test
    void shouldRejectBadLoadsWithProblemsAndLoadNothing() {
        long versions = count("select count(*) from content_version");
        load("icd10cm", "FY2033", null, "00001 E119    7 Type 2 diabetes").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("line 1"));
        load("ncci-ptp", "NCCI 2033Q1", null, "93000\t93010\t*\t1996XX01\t*\t0\tx").then().statusCode(400)
                .contentType("application/problem+json");
        load("mue", "MUE 2033Q1", null, "80053,one,\"2 Date of Service Edit: Policy\",x").then().statusCode(400)
                .contentType("application/problem+json");
        load("mue", "MUE 2033Q1", null, "80053,99999999999,\"2 Date of Service Edit: Policy\",x").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("line 1"));
        load("cpt", "CPT 2033", null, "9921\tbad").then().statusCode(400).contentType("application/problem+json");
        load("icd10cm", "no year", null, "00001 I10     1 Hypertension").then().statusCode(400)
                .contentType("application/problem+json");
        load("icd10cm", "FY2033", "2032-13-01", "00001 I10     1 Hypertension").then().statusCode(400)
                .contentType("application/problem+json");
        load("snomed", "2033", null, "x").then().statusCode(404).contentType("application/problem+json");
        given().contentType("text/plain").body("x".getBytes(StandardCharsets.UTF_8)).post("/admin/content/cpt")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(count("select count(*) from content_version")).isEqualTo(versions);

        given().get("/admin/content").then().statusCode(200)
                .body("find { it.kind == 'icd10cm' && it.origin == 'SHIPPED' }.release",
                        equalTo("ICD-10-CM FY2026 curated subset"));
    }

    // --- helpers ---

    private static io.restassured.response.Response load(String kind, String release, String effective, String file) {
        var request = given().contentType("text/plain").queryParam("release", release)
                .body(file.getBytes(StandardCharsets.ISO_8859_1));
        if (effective != null) {
            request = request.queryParam("effective", effective);
        }
        return request.post("/admin/content/" + kind);
    }

    /** Order file record: order number 1-5, code 7-13, header flag 15, short description 17-76, long 78-. */
    static String row(int order, String code, boolean valid, String shortDescription, String longDescription) {
        return String.format("%05d %-7s %s %-60s %s", order, code, valid ? "1" : "0", shortDescription, longDescription);
    }

    static String order(String... rows) {
        return String.join("\n", rows) + "\n";
    }

    /** HCPCS annual record: code 1-5, sequence 6-10, record id 11, long 12-91, short 92-119, dates from 262. */
    static String hcpcs(String code, int sequence, char recordId, String longText, String shortText,
            String actionEffective, String termination) {
        StringBuilder line = new StringBuilder(String.format("%-5s%05d%c%-80s%-28s", code, sequence, recordId,
                longText, shortText));
        while (line.length() < 261) {
            line.append(' ');
        }
        line.append(String.format("%-8s%-8s%-8s", "", actionEffective, termination));
        return line.toString();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static List<Finding> diagnosis(ContentSnapshot content, LocalDate dos, String code) {
        return EditsEngine.check(new ClaimToCheck(dos, "F", 50, "11", List.of(code),
                List.of(new ClaimToCheck.Line(1, "99213", List.of(), 1, List.of(1)))), content);
    }

    /** An inpatient stay with this principal diagnosis (and POA) and a second, plain one: its rule ids. */
    private static List<String> inpatient(ContentSnapshot content, LocalDate dos, String principal, String poa) {
        return EditsEngine.check(new ClaimToCheck(dos, "F", 50, "21", List.of(principal, "E11.9"), List.of(),
                List.of(), true, Arrays.asList(poa, "Y")), content).stream().map(Finding::ruleId).toList();
    }

    private static List<String> ruleIds(ContentSnapshot content, LocalDate dos, String code) {
        return diagnosis(content, dos, code).stream().map(Finding::ruleId).toList();
    }

    private static List<String> messages(ContentSnapshot content, LocalDate dos, String code) {
        return diagnosis(content, dos, code).stream().map(Finding::message).toList();
    }

    /** A claim whose diagnosis is valid in every test year (E11.9 is in the curated set and the excerpts). */
    private static List<Finding> lines(ContentSnapshot content, LocalDate dos, String... codes) {
        List<ClaimToCheck.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            lines.add(new ClaimToCheck.Line(i + 1, codes[i], List.of(), 1, List.of(1)));
        }
        return EditsEngine.check(new ClaimToCheck(dos, "F", 50, "11", List.of("E11.9"), lines), content).stream()
                .filter(f -> !f.ruleId().equals("POS_UNKNOWN")).toList();
    }

    private static List<String> lineRuleIds(ContentSnapshot content, LocalDate dos, String code) {
        return lines(content, dos, code).stream().map(Finding::ruleId).toList();
    }

    private static List<String> lineMessages(ContentSnapshot content, LocalDate dos, String code) {
        return lines(content, dos, code).stream().map(Finding::message).toList();
    }

    private static List<String> pair(ContentSnapshot content, LocalDate dos, String column1, String column2) {
        return lines(content, dos, column1, column2).stream().map(Finding::ruleId)
                .filter(id -> Arrays.asList("NCCI_PTP", "MUE_UNITS").contains(id)).toList();
    }
}
