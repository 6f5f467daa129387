package io.revcycle.x12.eligibility;

/**
 * MPI of a 271: information status (MPI01), employment status (MPI02), government service affiliation (MPI03),
 * description (MPI04), military rank (MPI05) and the service period (MPI06/MPI07 as D8 or RD8).
 */
public record MilitaryInfo(String informationStatus, String employmentStatus, String affiliation, String description,
        String rank, DatePeriod period) {
}
