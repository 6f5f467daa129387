package io.revcycle.patientbilling.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InstallmentScheduleTest {

    private static final LocalDate FIRST = LocalDate.parse("2027-01-15");

    @Test
    void shouldSpreadTheTotalOverMonthlyInstallmentsWithASmallerLastOne() {
        InstallmentSchedule s = InstallmentSchedule.of(money("250.00"), money("80.00"), FIRST, 24);

        assertThat(s.installments()).extracting(InstallmentSchedule.Installment::dueDate).containsExactly(FIRST,
                FIRST.plusMonths(1), FIRST.plusMonths(2), FIRST.plusMonths(3));
        assertThat(s.installments()).extracting(i -> i.amount().toPlainString()).containsExactly("80.00", "80.00",
                "80.00", "10.00");
        assertThat(s.remaining()).isEqualByComparingTo("250.00");
        assertThatThrownBy(() -> InstallmentSchedule.of(money("250.00"), money("10.00"), FIRST, 24))
                .hasMessageContaining("25 installments");
        assertThatThrownBy(() -> InstallmentSchedule.of(money("250.00"), money("300.00"), FIRST, 24))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFillInstallmentsInOrderAndCompleteWhenAllArePaid() {
        InstallmentSchedule s = InstallmentSchedule.of(money("160.00"), money("80.00"), FIRST, 24);

        assertThat(s.applyPayment(money("100.00"))).extracting(InstallmentSchedule.Change::type)
                .containsExactly("INSTALLMENT_PAID");
        assertThat(s.installments().get(1).paid()).isEqualByComparingTo("20.00");
        assertThat(s.applyPayment(money("60.00"))).extracting(InstallmentSchedule.Change::type)
                .containsExactly("INSTALLMENT_PAID", "COMPLETED");
        assertThat(s.status()).isEqualTo(InstallmentSchedule.Status.COMPLETED);
        assertThat(s.applyPayment(money("5.00"))).isEmpty();
    }

    @Test
    void shouldMarkAShortInstallmentMissedAfterItsDueDateAndDefaultAfterTheGracePeriod() {
        InstallmentSchedule s = InstallmentSchedule.of(money("160.00"), money("80.00"), FIRST, 24);
        s.applyPayment(money("30.00"));

        assertThat(s.evaluate(FIRST, 15)).as("due today: not missed yet").isEmpty();
        assertThat(s.evaluate(FIRST.plusDays(1), 15)).containsExactly(
                new InstallmentSchedule.Change("INSTALLMENT_MISSED", 1, money("50.00")));
        assertThat(s.evaluate(FIRST.plusDays(15), 15)).as("missed once, within the grace period").isEmpty();
        assertThat(s.evaluate(FIRST.plusDays(16), 15)).containsExactly(
                new InstallmentSchedule.Change("DEFAULTED", 1, money("130.00")));
        assertThat(s.status()).isEqualTo(InstallmentSchedule.Status.DEFAULTED);
        assertThat(s.applyPayment(money("50.00"))).as("a defaulted plan takes no more payments").isEmpty();
    }

    @Test
    void shouldNotDefaultWhenTheMissedInstallmentIsMadeGoodWithinTheGracePeriod() {
        InstallmentSchedule s = InstallmentSchedule.of(money("160.00"), money("80.00"), FIRST, 24);
        s.evaluate(FIRST.plusDays(3), 15);
        s.applyPayment(money("80.00"));

        assertThat(s.evaluate(FIRST.plusDays(20), 15)).isEmpty();
        assertThat(s.status()).isEqualTo(InstallmentSchedule.Status.ACTIVE);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
