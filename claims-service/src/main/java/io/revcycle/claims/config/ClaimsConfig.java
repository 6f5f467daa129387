package io.revcycle.claims.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the claims API, the 837 batcher and our X12 identity. */
@ConfigMapping(prefix = "revcycle.claims")
public interface ClaimsConfig {

    /** Page size of GET /claims when the caller gives none. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest page a caller may ask for, so one request cannot read the whole table. */
    @WithDefault("200")
    int maxPageSize();

    Batch batch();

    /**
     * A claim whose last eligibility check is older than this is not sent: it is held ELIGIBILITY_REVERIFICATION and
     * a fresh check is asked for (EligibilityReverificationRequested). Counted on the service's clock.
     */
    @WithDefault("30d")
    Duration eligibilityMaxAge();

    /** A denial rules file (JSON, the layout of denial-intelligence's denial-rules.json); unset: the shipped rules. */
    Optional<String> denialRulesFile();

    X12 x12();

    Inpatient inpatient();

    FollowUp followUp();

    interface FollowUp {
        /**
         * How often the follow-up job looks for claims at a payer with no 835 after the payer's follow-up days (payer
         * directory); each gets a 276, again only when the follow-up days have passed since the last one. A duration,
         * or "off" (tests call the job themselves).
         */
        @WithDefault("1h")
        String poll();

        /** Claims asked about per run (and per 276 interchange); the rest wait for the next run. */
        @WithDefault("500")
        int maxClaims();
    }

    interface Inpatient {
        /**
         * The chargemaster code of a day of room and board (its revenue code is an accommodation code, 01xx-021x):
         * an inpatient claim bills it once per day of stay.
         */
        @WithDefault("RB-SEMIPRIVATE")
        String accommodationCode();

        /**
         * CL101 and CL102 (admission type and source) when the stay's documentation did not give them: "9",
         * information not available, which NUBC allows, rather than guessing.
         */
        @WithDefault("9")
        String admissionType();

        @WithDefault("9")
        String admissionSource();
    }

    interface Batch {
        /** Claims per 837 interchange; keeps files far below the EDI record limit. */
        @WithDefault("500")
        int maxClaims();

        /** A READY claim waits at most this long for others of its payer and type before it is sent alone. */
        @WithDefault("2s")
        Duration maxWait();

        /** How often the batcher looks for READY claims (also in the @Scheduled expression). */
        @WithDefault("1s")
        Duration poll();
    }

    interface X12 {
        /** ISA06/GS02 and the submitter id (1000A NM109) of our 837s. */
        @WithDefault("RCPROVIDER")
        String senderId();

        @WithDefault("REVCYCLE BILLING OFFICE")
        String submitterName();

        /** 1000A PER: whom the payer calls about a file. */
        @WithDefault("8005550100")
        String submitterPhone();

        /** ISA15: P production or T test. */
        @WithDefault("P")
        String usage();
    }
}
