package io.revcycle.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.coding.domain.CodeSetEntry;
import io.revcycle.coding.domain.CodingLine;
import io.revcycle.coding.service.CodeCheck;

/** The code check against the curated content seeded by migration. */
@QuarkusTest
class CodeCheckTest {

    @Inject
    CodeCheck check;

    @Test
    void shouldPassCleanCodesFromEveryCodeSystem() {
        assertThat(check.check(List.of("Z00.00", "E78.5", "G43.909", "Z23"), List.of(
                line(1, "99396", List.of(), 1, 1, 2),
                line(2, "G0438", List.of(), 1, 1),
                line(3, "90471", List.of("59", "XU"), 1, 4),
                line(4, "J3301", List.of("RT"), 4, 2, 3),
                line(5, "A4550", List.of(), 1, 1)))).isEmpty();
    }

    @Test
    void shouldNameEachDiagnosisIssue() {
        assertThat(check.check(Arrays.asList("E11", null, "Z99.99", "M54.5", "E119", "I10", "I10"),
                List.of(line(1, "99213", List.of(), 1, 1)))).containsExactly(
                        "E11 is not a billable ICD-10-CM code",
                        "diagnosis 2 has no code",
                        "Z99.99 is not a known ICD-10-CM code",
                        "M54.5 is not a billable ICD-10-CM code",
                        "E119 is not a well-formed ICD-10-CM code",
                        "diagnosis 7: I10 is listed more than once");
    }

    @Test
    void shouldNameEachLineIssue() {
        assertThat(check.check(List.of("I10", "E11.9"), List.of(
                line(1, "9921", List.of(), 1, 1),
                line(2, "99213", List.of("QQ"), 1, 1),
                line(3, "99214", List.of(), 0, 5),
                line(4, null, List.of(), 1),
                line(5, "0001F", List.of("25", "59", "XE", "XS", "TC"), 1, 1, 2, 1, 2, 1),
                line(5, "Z1234", List.of(), 1, 0)))).containsExactly(
                        "line 1: 9921 is not a well-formed CPT/HCPCS code",
                        "line 2: modifier QQ is unknown",
                        "line 3: units must be >= 1",
                        "line 3: diagnosis pointer 5 is out of range",
                        "line 4 has no procedure code",
                        "line 4 has no diagnosis pointer",
                        "line 5: 0001F is not a known CPT/HCPCS code",
                        "line 5: at most 4 modifiers, found 5",
                        "line 5: at most 4 diagnosis pointers, found 5",
                        "line 5 appears more than once",
                        "line 5: Z1234 is not a well-formed CPT/HCPCS code",
                        "line 5: diagnosis pointer 0 is out of range");
    }

    @Test
    void shouldEnforceClaimLimits() {
        List<String> thirteen = new ArrayList<>(List.of("E11.9", "I10", "J06.9", "M54.50", "R05.9", "E78.5", "K21.9",
                "J45.909", "N39.0", "R51.9", "F41.1", "M25.561", "E66.9"));
        assertThat(check.check(thirteen, List.of(line(1, "99215", List.of(), 1, 1))))
                .containsExactly("at most 12 diagnoses fit on a claim, found 13");
        assertThat(check.check(List.of(), List.of())).containsExactly("at least one diagnosis code is required",
                "at least one procedure line is required");
    }

    @Test
    void shouldShipCptCodesWithoutDescriptors() {
        List<CodeSetEntry> cpt = QuarkusTransaction.requiringNew()
                .call(() -> CodeSetEntry.<CodeSetEntry>list("id.codeSystem", "CPT"));
        assertThat(cpt).hasSize(20).allSatisfy(e -> {
            assertThat(e.description).isNull();
            assertThat(e.sourceRelease).isEqualTo("AMA CPT (code only, no descriptor)");
        });
        List<CodeSetEntry> icd = QuarkusTransaction.requiringNew()
                .call(() -> CodeSetEntry.<CodeSetEntry>list("id.codeSystem", "ICD-10-CM"));
        assertThat(icd).hasSize(23).allSatisfy(e -> assertThat(e.description).isNotBlank());
        assertThat(icd).filteredOn(e -> !e.billable).extracting(e -> e.id.code)
                .containsExactlyInAnyOrder("E11", "I25", "M54.5");
    }

    private static CodingLine line(int lineNumber, String code, List<String> modifiers, int units,
            Integer... pointers) {
        return new CodingLine(lineNumber, code, modifiers, units, List.of(pointers));
    }
}
