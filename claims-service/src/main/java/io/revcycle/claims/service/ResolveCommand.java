package io.revcycle.claims.service;

import java.util.List;

import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialStatus;
import io.revcycle.rest.ProblemException;

/**
 * Mark the denial resolved by hand with a reason (e.g. the payer reprocessed it outside an 835): every unresolved
 * line of its DenialRaised leaves the work queues, with who and when. Idempotent: the same reason again on a line
 * this action resolved answers the line unchanged, with no second event; a line that ended otherwise is a 409.
 * The reason stays here (timeline and item), never in the event.
 */
public record ResolveCommand(String reason) implements DenialCommand<DenialItem> {

    /** How a line resolved by this action ends (DenialItem.resolution). */
    public static final String RESOLUTION = "MARKED_RESOLVED";

    public ResolveCommand {
        reason = DenialCommand.required(reason, "reason", 500);
    }

    @Override
    public boolean allowedWhenResolved() {
        return true; // a repeated request answers the resolved line instead of a 409
    }

    @Override
    public DenialItem execute(DenialWorkService.Action work) {
        DenialItem item = work.item();
        if (item.status == DenialStatus.RESOLVED) {
            if (RESOLUTION.equals(item.resolution) && reason.equals(item.resolutionReason)) {
                return item;
            }
            throw ProblemException.conflict("denial " + item.id + " is resolved (" + item.resolution + ")");
        }
        List<DenialItem> open = work.unresolvedOfDenial();
        work.resolve(open, RESOLUTION);
        open.forEach(d -> d.resolutionReason = reason);
        work.record(work.claim(), open, DenialAction.RESOLVED, null, "marked resolved: " + reason);
        return item;
    }
}
