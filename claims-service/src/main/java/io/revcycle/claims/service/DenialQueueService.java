package io.revcycle.claims.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Parameters;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialStatus;

/** The billers' denial work queue: one OPEN item per denied line, oldest first. */
@ApplicationScoped
public class DenialQueueService {

    private static final Logger LOG = Logger.getLogger(DenialQueueService.class);

    /** Runs once per event (the inbox drops redeliveries); the (event, line) unique key is the safety net. */
    @Transactional
    public List<DenialItem> enqueue(EnqueueDenialsCommand command) {
        if (Claim.findById(command.claimId()) == null) {
            throw new IllegalStateException("claim " + command.claimId() + " does not exist");
        }
        Instant now = Instant.now();
        List<DenialItem> items = new ArrayList<>();
        for (EnqueueDenialsCommand.DeniedLine line : command.lines()) {
            DenialItem item = new DenialItem();
            item.eventId = command.eventId();
            item.claimId = command.claimId();
            item.encounterId = command.encounterId();
            item.payerId = command.payerId();
            item.lineNumber = line.lineNumber();
            item.procedureCode = line.procedureCode();
            item.groupCode = line.groupCode();
            item.reasonCode = line.reasonCode();
            item.remarkCodes = new ArrayList<>(line.remarkCodes());
            item.amount = line.amount();
            item.status = DenialStatus.OPEN;
            item.createdAt = now;
            item.persist();
            items.add(item);
        }
        LOG.infof("claim %s: %d denied line(s) queued", command.claimId(), items.size());
        return items;
    }

    public List<DenialItem> queue(Optional<DenialStatus> status, Optional<String> claimId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        status.ifPresent(s -> {
            where.append(" and status = :status");
            params.and("status", s);
        });
        claimId.ifPresent(c -> {
            where.append(" and claimId = :claimId");
            params.and("claimId", c);
        });
        return DenialItem.list(where + " order by createdAt, id", params);
    }
}
