package io.revcycle.claims.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.WriteOffReason;
import io.revcycle.rest.ProblemException;

/** Write the denied line off with a reason code; the line is resolved. */
public record WriteOffCommand(WriteOffReason reason) implements DenialCommand<DenialItem> {

    public WriteOffCommand {
        if (reason == null) {
            throw missing();
        }
    }

    /** From the request's reason code (case-insensitive); 400 when missing or unknown. */
    public static WriteOffCommand of(String reasonCode) {
        if (reasonCode == null || reasonCode.isBlank()) {
            throw missing();
        }
        try {
            return new WriteOffCommand(WriteOffReason.valueOf(reasonCode.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("reasonCode must be one of " + Arrays.toString(WriteOffReason.values())
                    + ", not '" + reasonCode + "'");
        }
    }

    private static ProblemException missing() {
        return ProblemException.badRequest("reasonCode is required: one of " + Arrays.toString(WriteOffReason.values()));
    }

    @Override
    public DenialItem execute(DenialWorkService.Action work) {
        DenialItem item = work.item();
        work.resolve(List.of(item), "WRITTEN_OFF " + reason);
        work.record(work.claim(), List.of(item), DenialAction.WRITTEN_OFF, reason.name(),
                "written off " + item.amount + " (" + reason + ")");
        return item;
    }
}
