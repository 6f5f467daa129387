package io.revcycle.claims.service;

import java.util.List;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialItem;

/** The port through which denial work is announced (DenialActionTaken, in the action's transaction). */
public interface DenialActionEvents {

    /** detail: the assignee, write-off reason or frequency code the action carries (null for none). */
    void actionTaken(Claim claim, List<DenialItem> items, DenialAction action, String actedBy, String detail);
}
