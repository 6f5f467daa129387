package io.revcycle.patientbilling.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CycleGroupsTest {

    @Test
    void shouldGroupAccountsByTheirAccountNumber() {
        CycleGroups five = new CycleGroups(5);
        assertThat(five.groupOf("GA-000105")).isEqualTo(1);
        assertThat(five.groupOf("GA-000107")).isEqualTo(3);
        assertThat(five.groupOf("PAT-1-0004")).isEqualTo(5); // digits 10004
        // only the last nine digits count, so a long id still has a group
        assertThat(five.groupOf("GA-12345678901234")).isEqualTo(five.groupOf("GA-678901234"));
        // an id without digits: a stable hash, the same group every time
        assertThat(five.groupOf("GA-SMITH")).isBetween(1, 5).isEqualTo(new CycleGroups(5).groupOf("GA-SMITH"));
        assertThat(new CycleGroups(1).groupOf("GA-000107")).isEqualTo(1);
    }

    @Test
    void shouldGiveEachGroupItsTurnEveryCountDaysAcrossMonthEnds() {
        CycleGroups five = new CycleGroups(5);
        LocalDate start = LocalDate.parse("2026-12-28");
        int first = five.dueOn(start);
        Map<Integer, Integer> turns = new TreeMap<>();
        IntStream.range(0, 30).forEach(d -> turns.merge(five.dueOn(start.plusDays(d)), 1, Integer::sum));
        // thirty days: every group six times, and each again exactly five days later (over 2026-12-31)
        assertThat(turns).containsOnlyKeys(1, 2, 3, 4, 5).allSatisfy((group, days) -> assertThat(days).isEqualTo(6));
        assertThat(five.dueOn(start.plusDays(5))).isEqualTo(first);
        assertThat(five.dueOn(start.plusDays(1))).isNotEqualTo(first);
        // an account is billed on its group's days only
        String account = "GA-00010" + (first - 1);
        assertThat(five.billsOn(account, start)).isTrue();
        assertThat(five.billsOn(account, start.plusDays(1))).isFalse();
    }

    @Test
    void shouldRefuseFewerThanOneGroup() {
        assertThatThrownBy(() -> new CycleGroups(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
