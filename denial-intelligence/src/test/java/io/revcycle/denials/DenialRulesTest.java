package io.revcycle.denials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DenialRulesTest {

    @Test
    void shouldNameOnlyCodesOfTheShippedCodeLists() {
        CodeList carc = CodeList.shippedCarc();
        CodeList rarc = CodeList.shippedRarc();
        DenialRules rules = DenialRules.shipped();
        List<DenialRules.Rule> all = new ArrayList<>(rules.document().rules());
        rules.document().payers().values().forEach(p -> all.addAll(p.rules()));

        assertThat(all).isNotEmpty().allSatisfy(r -> {
            assertThat(carc.find(r.carc())).as("CARC of rule " + r.id()).isPresent();
            if (!r.anyRarc()) {
                assertThat(rarc.find(r.rarc())).as("RARC of rule " + r.id()).isPresent();
            }
        });
    }

    @Test
    void shouldCoverEveryCategoryWithAtLeastOneRule() {
        DenialRules rules = DenialRules.shipped();

        assertThat(rules.document().rules().stream().map(DenialRules.Rule::category).distinct())
                .containsAll(List.of(DenialCategory.values()).stream()
                        .filter(c -> c != DenialCategory.UNCLASSIFIED).toList());
    }

    @Test
    void shouldRefuseRulesWithoutVersionOrCategoryDefaultsOrWithAnUnknownField() {
        assertThatThrownBy(() -> DenialRules.parse(bytes("{\"defaultAppealWindowDays\": 90, \"categories\": {}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version is missing")
                .hasMessageContaining("category CODING needs a department");
        assertThatThrownBy(() -> DenialRules.parse(bytes("{\"version\": \"x\", \"colour\": 1}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> DenialRules.parse(bytes("{\"version\": \"x\", \"defaultAppealWindowDays\": 90,"
                + " \"categories\": {\"CODING\": {\"department\": \"PHARMACY\"}}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PHARMACY");
    }

    @Test
    void shouldRefuseTwoRulesWithOneId() throws Exception {
        String shipped = new String(getClass().getClassLoader().getResourceAsStream("denials/denial-rules.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        String doubled = shipped.replace("\"id\": \"auth-absent\"", "\"id\": \"auth-missing-invalid\"");

        assertThatThrownBy(() -> DenialRules.parse(bytes(doubled)))
                .hasMessageContaining("rule auth-missing-invalid: every rule needs an id of its own");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
