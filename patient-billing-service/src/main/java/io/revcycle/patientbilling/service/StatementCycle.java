package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.revcycle.patientbilling.config.BillingConfig;
import io.revcycle.patientbilling.domain.ClaimPosting;
import io.revcycle.patientbilling.domain.GuarantorAccount;
import io.revcycle.patientbilling.domain.IssuedStatement;
import io.revcycle.patientbilling.domain.StatementRun;
import io.revcycle.patientbilling.domain.ledger.AccountLedger;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.domain.statement.CycleGroups;
import io.revcycle.patientbilling.domain.statement.EncounterService;
import io.revcycle.patientbilling.domain.statement.PatientStatement;
import io.revcycle.patientbilling.domain.statement.StatementBuilder;
import io.revcycle.rest.ProblemException;

/**
 * Cycle billing: on a cycle date every guarantor account that owes at least the minimum, has no encounter still
 * waiting for its payer and had no statement within the cycle gets its next statement (stored with its figures,
 * announced as PatientStatementIssued in the same transaction). One run per date: running a date again answers the
 * run that was made.
 */
@ApplicationScoped
public class StatementCycle {

    private final LedgerBook book;
    private final StatementEvents events;
    private final PaymentPlans plans;
    private final BillingConfig.Statements config;
    private final ObjectMapper json;
    private final Clock clock;

    public StatementCycle(LedgerBook book, StatementEvents events, PaymentPlans plans, BillingConfig config,
            ObjectMapper json, Clock clock) {
        this.book = book;
        this.events = events;
        this.plans = plans;
        this.config = config.statements();
        this.json = json;
        this.clock = clock;
    }

    public record Outcome(StatementRun run, boolean created) {
    }

    /** @param cycleDate null: today (the billing clock); never after today */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome run(LocalDate cycleDate, String user) {
        return run(cycleDate, user, new CycleGroups(config.cycleGroups()));
    }

    /** A run with the given cycle groups (the configured ones for the endpoint). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome run(LocalDate cycleDate, String user, CycleGroups groups) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate date = cycleDate == null ? today : cycleDate;
        if (date.isAfter(today)) {
            throw ProblemException.badRequest("A statement cycle cannot run for a future date (" + date + ")");
        }
        Optional<StatementRun> made = StatementRun.forDate(date);
        if (made.isPresent()) {
            return new Outcome(made.get(), false);
        }
        plans.evaluate(); // a plan that defaulted no longer pauses dunning
        StatementRun run = new StatementRun();
        run.id = UUID.randomUUID();
        run.cycleDate = date;
        run.runAt = now;
        run.runBy = user;
        run.totalDue = AccountLedger.ZERO;
        run.cycleGroups = groups.count();
        run.cycleGroup = groups.dueOn(date);
        run.persist();
        for (String accountId : GuarantorAccount.ids()) {
            if (!groups.billsOn(accountId, date)) {
                run.otherCycle++; // its group's day comes
                continue;
            }
            book.openAccount(accountId).ifPresent(opened -> consider(run, opened, date, now));
        }
        return new Outcome(run, true);
    }

    private void consider(StatementRun run, LedgerBook.AccountOpened opened, LocalDate date, Instant now) {
        AccountLedger ledger = opened.ledger();
        BigDecimal owed = ledger.owed();
        if (owed.signum() <= 0 && ledger.entries().isEmpty()) {
            return; // an account without any money on it is nobody's business yet
        }
        if (ledger.balance(LedgerAccount.COLLECTIONS_AR).signum() > 0) {
            return; // placed with the agency: the agency does the dunning
        }
        if (owed.compareTo(config.minimumBalance()) < 0) {
            run.belowMinimum++;
            return;
        }
        if (!ledger.encountersPendingInsurance().isEmpty()) {
            run.heldInsurance++;
            return;
        }
        Optional<IssuedStatement> last = IssuedStatement.latestOf(ledger.accountId());
        if (last.isPresent() && last.get().statementDate.plusDays(config.cycleDays()).isAfter(date)) {
            run.notDue++;
            return;
        }
        int number = last.map(s -> s.statementNumber + 1).orElse(1);
        Map<String, EncounterService> services = ClaimPosting.servicesOf(
                ledger.encounters().stream().map(AccountLedger.EncounterBalance::encounterId).toList());
        PatientStatement statement = StatementBuilder.build(ledger, services, config.practiceName(), number, date,
                config.daysToPay(), plans.pausesDunning(ledger.accountId()) ? List.of() : config.dunning());
        IssuedStatement stored = store(run, statement, now);
        run.issued++;
        run.totalDue = run.totalDue.add(statement.totalDue());
        events.statementIssued(new StatementIssued(UUID.randomUUID(), stored.id, run.id, statement, now));
    }

    private IssuedStatement store(StatementRun run, PatientStatement s, Instant now) {
        IssuedStatement row = new IssuedStatement();
        row.id = UUID.randomUUID();
        row.runId = run.id;
        row.accountId = s.accountId();
        row.statementNumber = s.statementNumber();
        row.statementDate = s.statementDate();
        row.dueDate = s.dueDate();
        row.totalDue = s.totalDue();
        row.agingCurrent = s.aging().current();
        row.aging31to60 = s.aging().days31to60();
        row.aging61to90 = s.aging().days61to90();
        row.aging91to120 = s.aging().days91to120();
        row.agingOver120 = s.aging().over120();
        row.dunningLevel = s.dunningLevel();
        row.lineCount = s.lines().size();
        row.body = write(s);
        row.issuedAt = now;
        row.persist();
        return row;
    }

    /** The statement as it was issued, to render again. */
    public PatientStatement read(IssuedStatement row) {
        try {
            return json.readValue(row.body, PatientStatement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statement " + row.id + " cannot be read", e);
        }
    }

    private String write(PatientStatement s) {
        try {
            return json.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statement of " + s.accountId() + " cannot be written", e);
        }
    }
}
