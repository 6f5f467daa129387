package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.revcycle.patientbilling.config.BillingConfig;
import io.revcycle.patientbilling.domain.CollectionsPlacement;
import io.revcycle.patientbilling.domain.GuarantorAccount;
import io.revcycle.patientbilling.domain.IssuedStatement;
import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.patientbilling.domain.PaymentPlan;
import io.revcycle.patientbilling.domain.PlacementRun;
import io.revcycle.patientbilling.domain.collections.AgencyPlacementFile;
import io.revcycle.patientbilling.domain.ledger.AccountLedger;
import io.revcycle.patientbilling.domain.ledger.EntryType;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.domain.ledger.Posting;
import io.revcycle.patientbilling.domain.plan.InstallmentSchedule;
import io.revcycle.rest.ProblemException;

/**
 * Collections: a placement run hands the agency every account that was billed enough and long enough without an
 * arrangement (at least {@code statements} statements since its last recall and its oldest balance first billed
 * {@code days} ago), or whose payment plan defaulted after its last placement; the ledger moves the balance to
 * collections A/R. The agency's payments post against collections A/R; a recall takes the balance back.
 */
@ApplicationScoped
public class Collections {

    public static final String RULE_STATEMENTS_AND_AGE = "STATEMENTS_AND_AGE";
    public static final String RULE_PLAN_DEFAULTED = "PLAN_DEFAULTED";

    private final LedgerBook book;
    private final PaymentPlans plans;
    private final CollectionsEvents events;
    private final BalanceEvents balances;
    private final BillingConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public Collections(LedgerBook book, PaymentPlans plans, CollectionsEvents events, BalanceEvents balances,
            BillingConfig config, ObjectMapper json, Clock clock) {
        this.book = book;
        this.plans = plans;
        this.events = events;
        this.balances = balances;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** Evaluates the payment plans, then places every eligible account with the agency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementRun placementRun(String user) {
        plans.evaluate();
        Instant now = clock.instant();
        PlacementRun run = new PlacementRun();
        run.id = UUID.randomUUID();
        run.runAt = now;
        run.runBy = user;
        run.agencyId = config.collections().agencyId();
        run.total = AccountLedger.ZERO;
        run.persist();
        for (String accountId : GuarantorAccount.ids()) {
            book.openAccount(accountId).ifPresent(opened -> consider(run, opened, now));
        }
        return run;
    }

    private void consider(PlacementRun run, LedgerBook.AccountOpened opened, Instant now) {
        AccountLedger ledger = opened.ledger();
        String accountId = ledger.accountId();
        if (ledger.balance(LedgerAccount.COLLECTIONS_AR).signum() > 0
                || ledger.owed().compareTo(config.statements().minimumBalance()) < 0
                || plans.pausesDunning(accountId)) {
            return;
        }
        Optional<CollectionsPlacement> last = CollectionsPlacement.latestOf(accountId);
        Instant since = last.map(p -> p.recalledAt == null ? p.placedAt : p.recalledAt).orElse(Instant.EPOCH);
        List<IssuedStatement> statements = IssuedStatement.ofAccount(accountId).stream()
                .filter(s -> s.issuedAt.isAfter(since)).toList();
        if (statements.isEmpty()) {
            return; // never placed before the guarantor was billed
        }
        String rule = null;
        if (PaymentPlan.ofAccount(accountId).stream().anyMatch(p -> p.status == InstallmentSchedule.Status.DEFAULTED
                && p.endedAt != null && p.endedAt.isAfter(since))) {
            rule = RULE_PLAN_DEFAULTED;
        } else if (statements.size() >= config.collections().statements() && oldestAge(ledger, now) >= config
                .collections().days()) {
            rule = RULE_STATEMENTS_AND_AGE;
        }
        if (rule != null) {
            place(run, opened, statements, rule, now);
        }
    }

    private void place(PlacementRun run, LedgerBook.AccountOpened opened, List<IssuedStatement> statements,
            String rule, Instant now) {
        AccountLedger ledger = opened.ledger();
        UUID placementId = UUID.randomUUID();
        List<AgencyPlacementFile.Encounter> encounters = ledger.encounters().stream()
                .filter(e -> e.patientOwes().signum() > 0)
                .map(e -> new AgencyPlacementFile.Encounter(e.patientId(), e.encounterId(),
                        LocalDate.ofInstant(e.firstPosted(), ZoneOffset.UTC), e.patientOwes()))
                .toList();
        Optional<Posting> posting = ledger.placeInCollections(placementId, "placement " + placementId, now);
        if (posting.isEmpty()) {
            return;
        }
        book.store(opened.account(), posting.get());
        BigDecimal placed = ledger.balance(LedgerAccount.COLLECTIONS_AR);
        AgencyPlacementFile.Placement body = new AgencyPlacementFile.Placement(placementId, ledger.accountId(), placed,
                rule, statements.size(), statements.get(0).statementDate,
                statements.get(statements.size() - 1).statementDate, encounters);
        CollectionsPlacement p = new CollectionsPlacement();
        p.id = placementId;
        p.runId = run.id;
        p.accountId = ledger.accountId();
        p.agencyId = run.agencyId;
        p.status = CollectionsPlacement.Status.PLACED;
        p.rule = rule;
        p.amount = placed;
        p.placedAt = now;
        p.body = write(body);
        p.persist();
        run.placed++;
        run.total = run.total.add(placed);
        events.statusChanged(new CollectionsChange(UUID.randomUUID(), placementId, ledger.accountId(), run.agencyId,
                "PLACED", placed, placed, ledger.owed(), rule, now));
    }

    /** A payment the agency collected: posted against collections A/R, at most what is placed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Posting agencyPayment(String accountId, BigDecimal amount, String reference) {
        LedgerBook.AccountOpened opened = book.openAccount(accountId)
                .orElseThrow(() -> ProblemException.notFound("Guarantor account", accountId));
        CollectionsPlacement placement = CollectionsPlacement.openOf(accountId)
                .orElseThrow(() -> ProblemException.conflict("Account " + accountId + " is not placed in collections"));
        AccountLedger ledger = opened.ledger();
        BigDecimal placed = ledger.balance(LedgerAccount.COLLECTIONS_AR);
        if (amount.compareTo(placed) > 0) {
            throw PaymentService.unprocessable("An agency payment of " + amount + " exceeds the " + placed
                    + " placed");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String patientId = PatientAccount.ofGuarantor(accountId).get(0).patientId;
        Posting posting = ledger.pay(id, EntryType.AGENCY_PAYMENT, patientId, reference, amount.setScale(2), null, now);
        book.store(opened.account(), posting);
        BigDecimal left = ledger.balance(LedgerAccount.COLLECTIONS_AR);
        balances.balanceChanged(new BalanceChange(id, accountId, patientId, "", "", posting.patientChange(),
                ledger.owed(), BalanceChange.Reason.AGENCY_PAYMENT, now, null, posting.id()));
        events.statusChanged(new CollectionsChange(UUID.randomUUID(), placement.id, accountId, placement.agencyId,
                "AGENCY_PAYMENT", amount.setScale(2), left, ledger.owed(), reference, now));
        return posting;
    }

    /** Takes the account back from the agency: what is still placed returns to patient A/R. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CollectionsPlacement recall(String accountId, String reason) {
        LedgerBook.AccountOpened opened = book.openAccount(accountId)
                .orElseThrow(() -> ProblemException.notFound("Guarantor account", accountId));
        CollectionsPlacement placement = CollectionsPlacement.openOf(accountId)
                .orElseThrow(() -> ProblemException.conflict("Account " + accountId + " is not placed in collections"));
        AccountLedger ledger = opened.ledger();
        Instant now = clock.instant();
        BigDecimal placed = ledger.balance(LedgerAccount.COLLECTIONS_AR);
        ledger.recallFromCollections(UUID.randomUUID(), "recall " + placement.id, now)
                .ifPresent(p -> book.store(opened.account(), p));
        placement.status = CollectionsPlacement.Status.RECALLED;
        placement.recalledAt = now;
        placement.recallReason = reason;
        events.statusChanged(new CollectionsChange(UUID.randomUUID(), placement.id, accountId, placement.agencyId,
                "RECALLED", placed, ledger.balance(LedgerAccount.COLLECTIONS_AR), ledger.owed(), reason, now));
        return placement;
    }

    public String placementFile(PlacementRun run) {
        return AgencyPlacementFile.write(run.id, LocalDate.ofInstant(run.runAt, ZoneOffset.UTC),
                config.statements().practiceName(), run.agencyId, CollectionsPlacement.ofRun(run.id).stream()
                        .map(this::read).toList());
    }

    private static long oldestAge(AccountLedger ledger, Instant now) {
        return ledger.encounters().stream().filter(e -> e.patientOwes().signum() > 0)
                .mapToLong(e -> ChronoUnit.DAYS.between(LocalDate.ofInstant(e.firstPosted(), ZoneOffset.UTC),
                        LocalDate.ofInstant(now, ZoneOffset.UTC)))
                .max().orElse(0);
    }

    private AgencyPlacementFile.Placement read(CollectionsPlacement p) {
        try {
            return json.readValue(p.body, AgencyPlacementFile.Placement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("placement " + p.id + " cannot be read", e);
        }
    }

    private String write(AgencyPlacementFile.Placement p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("placement of " + p.accountId() + " cannot be written", e);
        }
    }
}
