package io.revcycle.x12.eligibility;

/**
 * A TRN segment: TRN01 trace type (1 current, 2 referenced), TRN02 trace number, TRN03 originating company id (10
 * characters, "1" or "9" followed by a tax id), TRN04 secondary reference (a division or group).
 */
public record Trace(String typeCode, String number, String originatorId, String secondaryId) {
}
