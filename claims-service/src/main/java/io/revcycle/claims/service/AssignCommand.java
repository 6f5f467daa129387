package io.revcycle.claims.service;

import java.util.List;

import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialItem;

/** Assign the denied line to a worker. */
public record AssignCommand(String assignee) implements DenialCommand<DenialItem> {

    public AssignCommand {
        assignee = DenialCommand.required(assignee, "assignee", 100);
    }

    @Override
    public DenialItem execute(DenialWorkService.Action work) {
        DenialItem item = work.item();
        item.assignedTo = assignee;
        item.assignedAt = work.now();
        work.record(work.claim(), List.of(item), DenialAction.ASSIGNED, assignee, "assigned to " + assignee);
        return item;
    }
}
