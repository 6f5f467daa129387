package io.revcycle.coding.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.revcycle.events.FieldLimits;

/**
 * A provider's documentation of one encounter: the POST /encounters body, and what every EncounterDocumented
 * event (from the API or an EHR integration) must satisfy. Codes are optional here; coding checks them.
 */
@ConsistentDiagnosisReferences
@ConsistentEncounterType
public record DocumentEncounterCommand(
        @Size(max = FieldLimits.ENCOUNTER_ID) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'") String encounterId,
        @NotNull @Valid Patient patient,
        @NotNull @ValidNpi String renderingProviderNpi,
        @NotNull @ValidNpi String billingProviderNpi,
        @NotBlank @Size(max = FieldLimits.FACILITY_ID) String facilityId,
        @NotNull @Pattern(regexp = "\\d{2}", message = "must be 2 digits") String placeOfService,
        @NotBlank @Size(max = FieldLimits.PAYER_ID) String payerId,
        @NotBlank @Size(max = FieldLimits.MEMBER_ID) String memberId,
        @NotNull @PastOrPresent LocalDate dateOfService,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Diagnosis> diagnoses,
        @NotNull @Size(max = 50) List<@NotNull @Valid Procedure> procedures,
        @Pattern(regexp = "PROFESSIONAL|OUTPATIENT_FACILITY|INPATIENT", message = "must be PROFESSIONAL, OUTPATIENT_FACILITY or INPATIENT") String encounterType,
        @PastOrPresent LocalDate admissionDate,
        @PastOrPresent LocalDate dischargeDate,
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit NUBC patient discharge status") String dischargeDisposition,
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal expectedCharge,
        @Size(max = 100) String specialty,
        @Size(max = MAX_NOTE_TEXT) String noteText,
        @Pattern(regexp = ADMISSION_TYPES, message = "must be a NUBC priority (type) of admission: 1, 2, 3, 4, 5 or 9") String admissionType,
        @Pattern(regexp = ADMISSION_SOURCES, message = "must be a NUBC point of origin: 1, 2, 4, 5, 6, 8, 9, D, E, F or G") String admissionSource) {

    public static final String DEFAULT_PLACE_OF_SERVICE = "11"; // office
    public static final String PROFESSIONAL = "PROFESSIONAL";
    public static final String OUTPATIENT_FACILITY = "OUTPATIENT_FACILITY";
    public static final String INPATIENT = "INPATIENT";
    public static final String ICD10PCS = "ICD10PCS";
    /** UB-04 FL 14: 1 emergency, 2 urgent, 3 elective, 4 newborn, 5 trauma, 9 information not available. */
    public static final String ADMISSION_TYPES = "[1-59]";
    /**
     * UB-04 FL 15 (point of origin): 1 non-health-care facility, 2 clinic or physician's office, 4 transfer from a
     * hospital, 5 from a SNF/ICF/ALF (newborn: born inside this hospital), 6 from another health care facility
     * (newborn: born outside), 8 court/law enforcement, 9 not available, D same-hospital unit, E ambulatory surgery
     * center, F hospice, G designated disaster alternate care site.
     */
    public static final String ADMISSION_SOURCES = "[1245689D-G]";
    /** NUBC revenue codes are four digits (0450 emergency room, 0320 radiology). */
    public static final String REVENUE_CODE = "\\d{4}";
    /** characters; a discharge summary is a few pages, and the request itself is limited to 1 MiB */
    public static final int MAX_NOTE_TEXT = 200_000;

    public DocumentEncounterCommand {
        placeOfService = placeOfService == null ? DEFAULT_PLACE_OF_SERVICE : placeOfService;
        encounterType = encounterType == null ? PROFESSIONAL : encounterType;
    }

    @JsonIgnore
    public boolean isInpatient() {
        return INPATIENT.equals(encounterType);
    }

    @JsonIgnore
    public boolean isOutpatientFacility() {
        return OUTPATIENT_FACILITY.equals(encounterType);
    }

    public record Patient(
            @NotBlank @Size(max = FieldLimits.PATIENT_ID) String patientId,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @Past LocalDate dateOfBirth,
            @NotNull @Pattern(regexp = "[FMU]", message = "must be F, M or U") String sex,
            @Valid Address address) {
    }

    /** The patient's home address: the 837 subscriber loop needs it when the patient is the subscriber. */
    public record Address(
            @NotBlank @Size(max = 55) String line1,
            @Size(max = 55) String line2,
            @NotBlank @Size(max = 30) String city,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
            @NotNull @Pattern(regexp = "\\d{5}(\\d{4})?", message = "must be 5 or 9 digits") String postalCode) {
    }

    public record Diagnosis(
            @NotNull @Positive Integer sequence,
            @NotBlank @Size(max = 500) String description,
            @Size(max = 20) String code,
            @Pattern(regexp = "[YNUW1]", message = "must be Y, N, U, W or 1") String presentOnAdmission) {
    }

    public record Procedure(
            @NotNull @Positive Integer lineNumber,
            @NotBlank @Size(max = 500) String description,
            @Size(max = FieldLimits.PROCEDURE_CODE) String code,
            @Size(max = 10) List<@NotBlank @Size(max = 10) String> modifiers,
            @NotNull @Min(1) @Max(FieldLimits.MAX_UNITS) Integer units,
            @Size(max = 12) List<@NotNull Integer> diagnosisSequences,
            @Pattern(regexp = "CPT|HCPCS|ICD10PCS", message = "must be CPT, HCPCS or ICD10PCS") String codeSystem,
            @PastOrPresent LocalDate performedDate,
            @Pattern(regexp = REVENUE_CODE, message = "must be a 4-digit NUBC revenue code") String revenueCode) {

        @JsonIgnore
        public boolean isIcd10Pcs() {
            return ICD10PCS.equals(codeSystem);
        }

        public Procedure {
            modifiers = modifiers == null ? List.of() : modifiers;
            diagnosisSequences = diagnosisSequences == null ? List.of() : diagnosisSequences;
        }
    }
}
