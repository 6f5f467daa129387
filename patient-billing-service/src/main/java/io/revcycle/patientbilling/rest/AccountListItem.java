package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;

import io.revcycle.patientbilling.domain.PatientAccount;

public record AccountListItem(String patientId, BigDecimal balance, long lineCount) {

    static AccountListItem from(PatientAccount.Overview o) {
        return new AccountListItem(o.patientId(), o.balance(), o.lineCount());
    }
}
