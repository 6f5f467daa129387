package io.revcycle.patientbilling.config;

import java.math.BigDecimal;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the patient billing service (prefix {@code revcycle.billing}). */
@ConfigMapping(prefix = "revcycle.billing")
public interface BillingConfig {

    /** Most accounts GET /accounts returns, highest balance first. */
    @WithDefault("500")
    int listLimit();

    Statements statements();

    Plans plans();

    Collections collections();

    /** Payment plans (prefix {@code revcycle.billing.plans}). */
    interface Plans {

        /** Days a missed installment may stay short before the plan defaults. */
        @WithDefault("15")
        int graceDays();

        /** Most installments a plan may have. */
        @WithDefault("24")
        int maxInstallments();
    }

    /** Collections placement (prefix {@code revcycle.billing.collections}). */
    interface Collections {

        /** Statements an account must have had (since its last recall) before it is placed. */
        @WithDefault("3")
        int statements();

        /** Days since its oldest open balance was first billed before an account is placed. */
        @WithDefault("90")
        int days();

        /** The collection agency placements go to (named in the placement file and the events). */
        @WithDefault("SYNTHETIC-AGENCY")
        String agencyId();
    }

    /** Statement cycles (prefix {@code revcycle.billing.statements}). */
    interface Statements {

        /** The name printed on statements and in the print vendor's file. */
        @WithDefault("RevCycle Synthetic Practice")
        String practiceName();

        /** Days from one statement of an account to its next (an account is billed at most once per cycle). */
        @WithDefault("30")
        int cycleDays();

        /**
         * Cycle-day groups: accounts are spread by account number over this many groups and each day's run bills one
         * group in turn (1: every account on every run). Best a divisor of cycle-days.
         */
        @WithDefault("1")
        int cycleGroups();

        /** Accounts owing less than this get no statement. */
        @WithDefault("5.00")
        BigDecimal minimumBalance();

        /** Due date = statement date + this. */
        @WithDefault("21")
        int daysToPay();

        /** Dunning messages by statement count: the first statement gets the first, the last one repeats. */
        List<String> dunning();
    }
}
