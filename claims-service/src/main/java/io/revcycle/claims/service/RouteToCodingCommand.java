package io.revcycle.claims.service;

import java.util.List;
import java.util.Set;

import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.denials.Department;
import io.revcycle.rest.ProblemException;

/**
 * A biller sees that a denied line is a coding problem the denial rules gave to another department (a wrong modifier,
 * unbundling, a diagnosis that does not support the procedure): the line moves to the CODING queue and its
 * DenialActionTaken ROUTED_TO_CODING makes coding-service open a re-review. The reason stays here (the claim's
 * timeline): it may name the patient; the event carries the line's codes only.
 */
public record RouteToCodingCommand(String reason) implements DenialCommand<DenialItem> {

    /** The departments that work in coding-service: a line they own is already there. */
    private static final Set<String> WITH_CODING = Set.of(Department.CODING.name(), Department.CDI.name());

    public RouteToCodingCommand {
        reason = DenialCommand.required(reason, "reason", 500);
    }

    @Override
    public DenialItem execute(DenialWorkService.Action work) {
        DenialItem item = work.item();
        if (WITH_CODING.contains(item.department)) {
            throw ProblemException.conflict("denial " + item.id + " is already with coding (" + item.department
                    + " queue)");
        }
        String from = item.department == null ? "no department" : item.department;
        item.department = Department.CODING.name();
        work.record(work.claim(), List.of(item), DenialAction.ROUTED_TO_CODING, null,
                "routed to coding from " + from + ": " + reason);
        return item;
    }
}
