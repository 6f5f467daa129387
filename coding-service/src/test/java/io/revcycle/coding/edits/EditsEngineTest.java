package io.revcycle.coding.edits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.revcycle.coding.content.CodeRow;
import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.content.ContentRow;
import io.revcycle.coding.content.ContentSnapshot;
import io.revcycle.coding.content.PtpRow;
import io.revcycle.coding.content.ShippedContent;
import io.revcycle.coding.edits.ClaimToCheck.Line;

/** Every rule passing and failing on the shipped curated content (no database: the snapshot from the files). */
class EditsEngineTest {

    static final ContentSnapshot SHIPPED = ShippedContent.snapshot();
    static final LocalDate DOS = LocalDate.of(2026, 3, 2);

    @Test
    void shouldFindNothingOnACleanClaim() {
        assertThat(check(claim(List.of("E11.9", "I10"), line(1, "99213", List.of("25"), 1, 1, 2),
                line(2, "83036", List.of(), 1, 1), line(3, "J1100", List.of(), 8, 1), line(4, "G0439", List.of(), 1, 2))))
                .isEmpty();
    }

    @Nested
    class Diagnoses {

        @Test
        void shouldRequireADiagnosisAndEveryCode() {
            assertThat(ids(claim(List.of(), line(1, "99213", List.of(), 1)))).contains("DX_MISSING");
            assertThat(messages(claim(Arrays.asList("E11.9", null), line(1, "99213", List.of(), 1, 1))))
                    .containsExactly("diagnosis 2 has no code");
            // ids stay unique when a rule reports the same codes and lines twice
            assertThat(check(claim(Arrays.asList(null, null), line(1, "99213", List.of(), 1, 1))))
                    .extracting(Finding::id).containsExactly("DX_MISSING::", "DX_MISSING::#2");
        }

        @Test
        void shouldRejectMalformedAndUnknownCodes() {
            assertThat(messages(claim(List.of("E119", "Z99.99"), line(1, "99213", List.of(), 1, 1, 2))))
                    .containsExactly("E119 is not a well-formed ICD-10-CM code (e.g. E11.9)",
                            "Z99.99 is not a known ICD-10-CM code");
            assertThat(check(claim(List.of("Z00.00"), line(1, "99396", List.of(), 1, 1)))).isEmpty();
        }

        @Test
        void shouldRejectAHeaderCodeNamingItsBillableCodes() {
            assertThat(single(claim(List.of("E11"), line(1, "99213", List.of(), 1, 1)))).satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("ICD_HEADER");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.codes()).containsExactly("E11");
                assertThat(f.message()).isEqualTo("E11 is a header code, not billable on 2026-03-02: use a more "
                        + "specific code such as E11.22, E11.40, E11.42, E11.649, E11.65");
                assertThat(f.contentVersion()).isEqualTo("shipped");
            });
        }

        /** M54.5 was billable through FY2021 and became a header on 2021-10-01 (M54.50, M54.51, M54.59 added). */
        @Test
        void shouldFollowTheOctoberFirstCutOver() {
            LocalDate lastDay = LocalDate.of(2021, 9, 30);
            LocalDate firstDay = LocalDate.of(2021, 10, 1);
            assertThat(check(claimOn(lastDay, List.of("M54.5")))).isEmpty();
            assertThat(messages(claimOn(firstDay, List.of("M54.5")))).containsExactly("M54.5 is a header code, not "
                    + "billable on 2021-10-01: use a more specific code such as M54.50, M54.51, M54.59");
            assertThat(check(claimOn(firstDay, List.of("M54.50")))).isEmpty();
            assertThat(single(claimOn(lastDay, List.of("M54.50")))).satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("ICD_EXPIRED");
                assertThat(f.message()).isEqualTo("M54.50 is not a valid ICD-10-CM code on the date of service "
                        + "2021-09-30: it takes effect on 2021-10-01");
            });
            // R51 (Headache) at FY2021, F02.81 at FY2023
            assertThat(ids(claimOn(LocalDate.of(2020, 10, 1), List.of("R51")))).containsExactly("ICD_HEADER");
            assertThat(check(claimOn(LocalDate.of(2020, 9, 30), List.of("R51")))).isEmpty();
            assertThat(check(claimOn(LocalDate.of(2022, 9, 30), List.of("E11.42", "F02.81")))).isEmpty();
            assertThat(ids(claimOn(LocalDate.of(2022, 10, 1), List.of("E11.42", "F02.81")))).containsExactly("ICD_HEADER");
        }

        @Test
        void shouldRejectACodeNoLongerValid() {
            // a code whose only row ended: the curated historic rows are followed by a header; use the engine's
            // wording through a snapshot holding only the ended row
            ContentSnapshot ended = with(new CodeRow(ContentKind.ICD10CM, "A00.0", true, null, "test row", null,
                    LocalDate.of(2015, 10, 1), LocalDate.of(2024, 9, 30), "test"));
            assertThat(EditsEngine.check(claim(List.of("A00.0"), line(1, "99213", List.of(), 1, 1)), ended))
                    .extracting(Finding::message).containsExactly("A00.0 is not a valid ICD-10-CM code on the date of "
                            + "service 2026-03-02: it was valid through 2024-09-30");
        }

        @Test
        void shouldRejectDuplicatesAndMoreThanTwelve() {
            assertThat(messages(claim(List.of("I10", "E11.9", "I10"), line(1, "99213", List.of(), 1, 1))))
                    .containsExactly("diagnosis 3: I10 is listed more than once");
            List<String> thirteen = List.of("E11.9", "I10", "J06.9", "M54.50", "R05.9", "E78.5", "K21.9", "J45.909",
                    "N39.0", "R51.9", "F41.1", "M25.561", "E66.9");
            assertThat(messages(claim(thirteen, line(1, "99215", List.of(), 1, 1))))
                    .containsExactly("at most 12 diagnoses fit on a claim, found 13");
            assertThat(check(claim(thirteen.subList(0, 12), line(1, "99215", List.of(), 1, 1)))).isEmpty();
        }

        @Test
        void shouldNotListAManifestationCodeFirst() {
            assertThat(single(claim(List.of("G63", "E11.42"), line(1, "99213", List.of(), 1, 1, 2)))).satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("MANIFESTATION_FIRST");
                assertThat(f.message()).isEqualTo("G63 is a manifestation code and cannot be first-listed: list the "
                        + "underlying condition first");
            });
            assertThat(check(claim(List.of("E11.42", "G63"), line(1, "99213", List.of(), 1, 1, 2)))).isEmpty();
        }

        @Test
        void shouldWarnOfSexConflicts() {
            Finding f = single(claimFor("F", 67, List.of("N40.1")));
            assertThat(f.ruleId()).isEqualTo("SEX_CONFLICT");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("N40.1 is for male patients; the patient's recorded sex is F");
            assertThat(check(claimFor("M", 67, List.of("N40.1")))).isEmpty();
            assertThat(check(claimFor("U", 67, List.of("N40.1")))).isEmpty();
            assertThat(ids(claimFor("M", 30, List.of("N94.6")))).containsExactly("SEX_CONFLICT");
        }

        @Test
        void shouldWarnOfAgeConflicts() {
            Finding f = single(claimFor("F", 10, List.of("Z00.00")));
            assertThat(f.ruleId()).isEqualTo("AGE_CONFLICT");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Z00.00 is for adult patients (MCE ages 15-124); the patient is 10 "
                    + "on the date of service");
            assertThat(check(claimFor("F", 40, List.of("Z00.00")))).isEmpty();
            assertThat(ids(claimFor("M", 40, List.of("Z00.129")))).containsExactly("AGE_CONFLICT");
            assertThat(check(claimFor("M", 6, List.of("Z00.129")))).isEmpty();
            assertThat(ids(claimFor("F", 70, List.of("O80")))).containsExactly("AGE_CONFLICT");
            assertThat(check(claimFor("F", 30, List.of("O80")))).isEmpty();
            assertThat(check(claimFor("F", 0, List.of("P59.9")))).isEmpty();
        }
    }

    @Nested
    class Lines {

        @Test
        void shouldCheckThePlaceOfServiceOnTheDate() {
            assertThat(messages(new ClaimToCheck(DOS, "F", 50, "00", List.of("I10"),
                    List.of(line(1, "99213", List.of(), 1, 1)))))
                    .containsExactly("place of service 00 is not a CMS place-of-service code on 2026-03-02");
            // POS 10 (telehealth in the patient's home) exists from 2022-01-01
            assertThat(ids(new ClaimToCheck(LocalDate.of(2021, 12, 31), "F", 50, "10", List.of("I10"),
                    List.of(line(1, "99213", List.of(), 1, 1))))).containsExactly("POS_UNKNOWN");
            assertThat(check(new ClaimToCheck(LocalDate.of(2022, 1, 3), "F", 50, "10", List.of("I10"),
                    List.of(line(1, "99213", List.of(), 1, 1))))).isEmpty();
        }

        @Test
        void shouldRequireWellFormedProcedureCodes() {
            assertThat(messages(claim(List.of("I10"), line(1, "9921", List.of(), 1, 1), line(2, null, List.of(), 1, 1),
                    line(3, "Z1234", List.of(), 1, 1), line(4, "0001F", List.of(), 1, 1))))
                    .containsExactly("line 2 has no procedure code",
                            "line 1: 9921 is not a well-formed CPT or HCPCS Level II code",
                            "line 3: Z1234 is not a well-formed CPT or HCPCS Level II code");
            assertThat(ids(claim(List.of("I10")))).containsExactly("LINE_NO_CODE");
        }

        @Test
        void shouldCheckKnownCptCodesOnlyWhileALicensedFileIsInForce() {
            ContentSnapshot licensed = with(new CodeRow(ContentKind.CPT, "99213", true, null, "(licensed descriptor)",
                    null, LocalDate.of(2031, 1, 1), null, "test CPT 2031"));
            LocalDate in2031 = LocalDate.of(2031, 2, 3);
            ClaimToCheck unknown = new ClaimToCheck(in2031, "F", 50, "11", List.of("I10"),
                    List.of(line(1, "99213", List.of(), 1, 1), line(2, "99499", List.of(), 1, 1)));
            assertThat(EditsEngine.check(unknown, licensed)).extracting(Finding::ruleId, Finding::message)
                    .containsExactly(Tuple.tuple("CPT_UNKNOWN",
                            "line 2: 99499 is not in the licensed CPT release in force on 2031-02-03"));
            assertThat(EditsEngine.check(claim(List.of("I10"), line(1, "99499", List.of(), 1, 1)), licensed)).isEmpty();
        }

        @Test
        void shouldRejectUnknownHcpcsAndModifiers() {
            assertThat(messages(claim(List.of("I10"), line(1, "G9999", List.of(), 1, 1),
                    line(2, "99213", List.of("QQ", "25"), 1, 1))))
                    .containsExactly("line 1: G9999 is not a known HCPCS Level II code",
                            "line 2: modifier QQ is unknown");
            assertThat(check(claim(List.of("M17.11"), line(1, "J3301", List.of("RT"), 4, 1)))).isEmpty();
        }

        @Test
        void shouldCheckUnitsModifierCountAndPointers() {
            assertThat(messages(claim(List.of("I10", "E11.9"), line(1, "99214", List.of(), 0, 5),
                    line(2, "99213", List.of("25", "59", "XE", "XS", "LT"), 1, 1, 2, 1, 2, 1), line(3, "83036", List.of(), 1))))
                    .containsExactly("line 1: units must be >= 1",
                            "line 2: at most 4 modifiers, found 5",
                            "line 2: at most 4 diagnosis pointers, found 5",
                            "line 3 has no diagnosis pointer",
                            "line 1: diagnosis pointer 5 is out of range");
        }

        @Test
        void shouldFlagDuplicateLines() {
            assertThat(check(claim(List.of("I10"), line(1, "36415", List.of(), 1, 1), line(1, "80053", List.of(), 1, 1))))
                    .extracting(Finding::severity, Finding::message)
                    .containsExactly(Tuple.tuple(Severity.ERROR, "line 1 appears more than once"));
            assertThat(single(claim(List.of("I10"), line(1, "36415", List.of(), 1, 1), line(2, "36415", List.of(), 1, 1))))
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.lineNumbers()).containsExactly(1, 2);
                        assertThat(f.id()).isEqualTo("DUPLICATE_LINE:1,2:36415");
                    });
            assertThat(check(claim(List.of("I10"), line(1, "36415", List.of(), 1, 1), line(2, "36415", List.of("91"), 1, 1))))
                    .isEmpty();
        }
    }

    @Nested
    class NcciAndMue {

        @Test
        void shouldRefuseAPairWithModifierIndicatorZeroEvenWith59() {
            Finding f = single(claim(List.of("R94.31"), line(1, "93000", List.of(), 1, 1),
                    line(2, "93010", List.of("59"), 1, 1)));
            assertThat(f.ruleId()).isEqualTo("NCCI_PTP");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.codes()).containsExactly("93000", "93010");
            assertThat(f.lineNumbers()).containsExactly(1, 2);
            assertThat(f.message()).isEqualTo("lines 1 and 2: 93010 is not paid with 93000 on the same date of "
                    + "service (NCCI PTP edit, no modifier allowed)");
            assertThat(check(claim(List.of("R94.31"), line(1, "93000", List.of(), 1, 1)))).isEmpty();
        }

        /** 97161-97163 / 97530 took effect 2020-01-01 and were deleted retroactively (deletion date 2020-01-01). */
        @Test
        void shouldIgnoreAnEditPastItsDeletionDate() {
            assertThat(check(claimOn(LocalDate.of(2020, 6, 1), List.of("M54.16"),
                    line(1, "97161", List.of(), 1, 1), line(2, "97530", List.of(), 2, 1)))).isEmpty();
        }

        @Test
        void shouldAllowAnIndicatorOnePairOnlyWithAnNcciModifier() {
            LocalDate from = LocalDate.of(2031, 1, 1);
            ContentSnapshot content = with(new PtpRow("20610", "96372", false, '1', "test edit", from,
                    LocalDate.of(2031, 12, 31), "test"));
            LocalDate dos = LocalDate.of(2031, 3, 3);
            ClaimToCheck without = new ClaimToCheck(dos, "F", 50, "11", List.of("M17.11"),
                    List.of(line(1, "20610", List.of(), 1, 1), line(2, "96372", List.of(), 1, 1)));
            ClaimToCheck with59 = new ClaimToCheck(dos, "F", 50, "11", List.of("M17.11"),
                    List.of(line(1, "20610", List.of(), 1, 1), line(2, "96372", List.of("XU"), 1, 1)));
            assertThat(EditsEngine.check(without, content)).singleElement().satisfies(f -> assertThat(f.message())
                    .isEqualTo("lines 1 and 2: 96372 is not paid with 20610 on the same date of service (NCCI PTP "
                            + "edit): if the services were distinct, add 59 or XE/XP/XS/XU"));
            assertThat(EditsEngine.check(with59, content)).isEmpty();
            // RT (anatomic) on either line is an NCCI-associated modifier too
            assertThat(EditsEngine.check(new ClaimToCheck(dos, "F", 50, "11", List.of("M17.11"),
                    List.of(line(1, "20610", List.of("RT"), 1, 1), line(2, "96372", List.of(), 1, 1))), content)).isEmpty();
            // after the edit's last day (deletion date - 1) the pair is not edited at all
            assertThat(EditsEngine.check(new ClaimToCheck(LocalDate.of(2032, 1, 5), "F", 50, "11", List.of("M17.11"),
                    List.of(line(1, "20610", List.of(), 1, 1), line(2, "96372", List.of(), 1, 1))), content)).isEmpty();
        }

        @Test
        void shouldRefuseUnitsBeyondAPolicyMue() {
            Finding f = single(claim(List.of("E78.5"), line(1, "80053", List.of(), 1, 1), line(2, "80053", List.of("91"), 1, 1)));
            assertThat(f.ruleId()).isEqualTo("MUE_UNITS");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("lines 1, 2: 2 units of 80053 exceed the MUE of 1 per date of service "
                    + "(2 Date of Service Edit: Policy)");
            assertThat(check(claim(List.of("E78.5"), line(1, "80053", List.of(), 1, 1)))).isEmpty();
        }

        @Test
        void shouldWarnOfUnitsBeyondALineMue() {
            Finding f = single(claim(List.of("M17.0"), line(1, "20610", List.of(), 3, 1)));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("line 1: 3 units of 20610 exceed the MUE of 2 per line (1 Line Edit)");
            assertThat(check(claim(List.of("M17.0"), line(1, "20610", List.of("RT"), 2, 1),
                    line(2, "20610", List.of("LT"), 2, 1)))).isEmpty();
        }
    }

    @Nested
    class InpatientStays {

        @Test
        void shouldNeedNoServiceLineFromCodingButAWellFormedIcd10PcsCode() {
            ClaimToCheck stay = new ClaimToCheck(DOS, "F", 70, "21", List.of("J18.9", "J44.1"), List.of(),
                    List.of(new ClaimToCheck.IcdProcedure(1, "5A1945Z", DOS.minusDays(3)),
                            new ClaimToCheck.IcdProcedure(2, "5A19I5Z", DOS.minusDays(3)),
                            new ClaimToCheck.IcdProcedure(3, null, DOS.minusDays(2))),
                    true, List.of("Y", "N"));

            assertThat(messages(stay)).containsExactly(
                    "ICD-10-PCS procedure 2: 5A19I5Z is not a well-formed ICD-10-PCS code (7 characters, digits and "
                            + "letters except I and O)",
                    "ICD-10-PCS procedure 3 has no code");
            assertThat(ids(new ClaimToCheck(DOS, "F", 70, "11", List.of("J18.9"), List.of())))
                    .as("a professional claim still needs a line").contains("LINE_NO_CODE");
        }

        @Test
        void shouldRequirePoaOnEveryDiagnosisNotOnTheCmsExemptList() {
            // J18.9, I10, E11.9 are not exempt; Z79.4 and Z87.891 are on the CMS POA exempt list
            ClaimToCheck stay = stay(DOS, List.of("J18.9", "Z79.4", "I10", "Z87.891", "E11.9", "Z95.1"),
                    Arrays.asList(null, "Y", "1", null, "N", "1"));

            assertThat(check(stay)).extracting(Finding::ruleId, Finding::message).containsExactly(
                    Tuple.tuple("POA_REQUIRED", "diagnosis 1: J18.9 needs a present-on-admission"
                            + " indicator (Y, N, U or W) on an inpatient claim"),
                    Tuple.tuple("POA_EXEMPT", "diagnosis 2: Z79.4 is exempt from POA reporting"
                            + " (CMS POA exempt list): leave the indicator blank (or 1), not Y"),
                    Tuple.tuple("POA_REQUIRED", "diagnosis 3: I10 is not on the CMS POA exempt"
                            + " list: its indicator must be Y, N, U or W, not 1"));
            assertThat(check(stay(DOS, List.of("J18.9", "I10", "Z79.4"), Arrays.asList("Y", "U", null)))).isEmpty();
            assertThat(check(claim(List.of("J18.9", "Z79.4"), line(1, "99213", List.of(), 1, 1, 2))))
                    .as("professional claims carry no POA").isEmpty();
            assertThat(check(stay(LocalDate.of(2019, 9, 30), List.of("J18.9"), Arrays.asList((String) null))))
                    .as("no POA exempt list in force before FY2020: not checked").isEmpty();
        }

        @Test
        void shouldRejectAnUnacceptablePrincipalDiagnosisOnInpatientStaysOnly() {
            // MCE edit 9: follow-up (Z09), screening (Z12.11) and nicotine dependence (F17.210) are not principal
            assertThat(single(stay(DOS, List.of("Z09", "J18.9"), Arrays.asList(null, "Y")))).satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("PDX_UNACCEPTABLE");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).isEqualTo("Z09 is not acceptable as the principal diagnosis of an inpatient "
                        + "stay (Medicare Code Editor): list the condition chiefly responsible for the admission first");
            });
            assertThat(ids(stay(DOS, List.of("F17.210"), List.of("Y")))).containsExactly("PDX_UNACCEPTABLE");
            assertThat(check(stay(DOS, List.of("J18.9", "Z09", "F17.210"), Arrays.asList("Y", null, "Y"))))
                    .as("acceptable as secondary diagnoses").isEmpty();
            assertThat(check(claim(List.of("Z12.11"), line(1, "99213", List.of(), 1, 1))))
                    .as("a professional claim may list a screening first").isEmpty();
        }

        private static ClaimToCheck stay(LocalDate discharge, List<String> dx, List<String> poa) {
            return new ClaimToCheck(discharge, "M", 70, "21", dx, List.of(), List.of(), true, poa);
        }
    }

    // --- helpers ---

    static ContentSnapshot with(ContentRow... extra) {
        List<ContentRow> rows = new ArrayList<>();
        ShippedContent.FILES.forEach(f -> rows.addAll(f.rows()));
        rows.addAll(List.of(extra));
        return new ContentSnapshot("shipped+test", rows);
    }

    static ClaimToCheck claim(List<String> dx, Line... lines) {
        return new ClaimToCheck(DOS, "F", 50, "11", dx, List.of(lines));
    }

    static ClaimToCheck claimOn(LocalDate dos, List<String> dx, Line... lines) {
        List<Line> l = lines.length == 0 ? List.of(line(1, "99213", List.of(), 1, 1)) : List.of(lines);
        return new ClaimToCheck(dos, "F", 50, "11", dx, l);
    }

    static ClaimToCheck claimFor(String sex, int age, List<String> dx) {
        return new ClaimToCheck(DOS, sex, age, "11", dx, List.of(line(1, "99213", List.of(), 1, 1)));
    }

    static Line line(int number, String code, List<String> modifiers, int units, Integer... pointers) {
        return new Line(number, code, modifiers, units, List.of(pointers));
    }

    static List<Finding> check(ClaimToCheck claim) {
        return EditsEngine.check(claim, SHIPPED);
    }

    static List<String> ids(ClaimToCheck claim) {
        return check(claim).stream().map(Finding::ruleId).toList();
    }

    static List<String> messages(ClaimToCheck claim) {
        return check(claim).stream().map(Finding::message).toList();
    }

    static Finding single(ClaimToCheck claim) {
        List<Finding> findings = check(claim);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
