package io.revcycle.eligibility.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.revcycle.events.FieldLimits;

import io.revcycle.eligibility.domain.InsuranceType;
import io.revcycle.eligibility.domain.Relationship;
import io.revcycle.eligibility.service.RegisterCoverageCommand;

/** Body of POST /coverages. */
@ValidCoveragePeriod
public record CoverageRequest(
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1..64 letters, digits, '.', '_' or '-'")
        String coverageId,
        @NotBlank @Size(max = FieldLimits.PATIENT_ID) String patientId,
        @NotBlank @Size(max = FieldLimits.PAYER_ID) String payerId,
        @Size(max = 200) String payerName,
        @NotBlank @Size(max = FieldLimits.MEMBER_ID) String memberId,
        @NotBlank @Size(max = 200) String planName,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal copay,
        @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
        BigDecimal coinsurancePercent,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal deductibleRemaining,
        @Size(max = 50) String groupId,
        InsuranceType insuranceType,
        Relationship relationshipToSubscriber,
        @Size(max = 60) String subscriberFirstName,
        @Size(max = 60) String subscriberLastName,
        @Past LocalDate subscriberBirthDate,
        @Min(1) @Max(11) Integer declaredPriority) {

    public RegisterCoverageCommand toCommand() {
        return new RegisterCoverageCommand(coverageId, patientId, payerId, payerName, memberId, planName,
                effectiveFrom, effectiveTo, copay, coinsurancePercent, deductibleRemaining, groupId, insuranceType,
                relationshipToSubscriber, subscriberFirstName, subscriberLastName, subscriberBirthDate,
                declaredPriority);
    }
}
