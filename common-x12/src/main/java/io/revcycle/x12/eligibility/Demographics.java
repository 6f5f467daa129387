package io.revcycle.x12.eligibility;

import java.time.LocalDate;

/** DMG: birth date (DMG01 D8, DMG02) and gender (DMG03 F, M or U). */
public record Demographics(LocalDate birthDate, String gender) {
}
