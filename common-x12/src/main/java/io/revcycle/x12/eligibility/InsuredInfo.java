package io.revcycle.x12.eligibility;

/**
 * INS of a subscriber or dependent.
 *
 * @param insured              INS01: Y subscriber, N dependent
 * @param relationshipCode     INS02: 18 self; 01 spouse, 19 child, 20 employee, 21 unknown, 39 organ donor,
 *                             40 cadaver donor, 53 life partner, G8 other relationship
 * @param maintenanceTypeCode  INS03 (271: 001 change)
 * @param maintenanceReason    INS04 (271: 25 change in identifying data elements)
 * @param birthSequenceNumber  INS17: tells apart twins and other members with the same birth date
 */
public record InsuredInfo(String insured, String relationshipCode, String maintenanceTypeCode,
        String maintenanceReason, String birthSequenceNumber) {
}
