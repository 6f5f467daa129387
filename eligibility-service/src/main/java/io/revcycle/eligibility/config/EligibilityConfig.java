package io.revcycle.eligibility.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Real-time eligibility: the 270s this service sends and how long it waits for their 271s. */
@ConfigMapping(prefix = "revcycle.eligibility")
public interface EligibilityConfig {

    /** No 271 within this time after the 270 was sent: the check ends UNVERIFIED. */
    @WithDefault("30s")
    Duration answerTimeout();

    /** How often unanswered 270s are looked for (also in the @Scheduled expression). */
    @WithDefault("2s")
    Duration timeoutPoll();

    /** POST /eligibility/checks waits this long for the 271 before it answers 202 with the pending check. */
    @WithDefault("10s")
    Duration realTimeWait();

    /** A 271 answered for the same member, date of service and service type this recently is reused, not asked again. */
    @WithDefault("12h")
    Duration cacheTime();

    X12 x12();

    interface X12 {
        /** ISA06/GS02 of the 270s (its own id: the 271s come back to it, and its ISA13s never meet claims'). */
        @WithDefault("RCELIGIBILITY")
        String senderId();

        /** 2100B NM103 of the 270s: the organisation asking. */
        @WithDefault("REVCYCLE COMMUNITY HOSPITAL")
        String providerName();

        /** 2100B NM109 (XX) when the encounter names no billing provider. */
        @WithDefault("1555555550")
        String providerNpi();

        /** TRN03 of the 270s: "1" and the provider's tax id. */
        @WithDefault("1123456789")
        String originatorId();

        /** EQ01 asked for encounters: 30 health benefit plan coverage. */
        @WithDefault("30")
        String serviceType();
    }
}
