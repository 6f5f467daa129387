package io.revcycle.claims.service;

import java.util.List;

import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialNote;

/** Add a note to the denied line; its text stays here (the timeline and the event say only that a note was added). */
public record NoteCommand(String text) implements DenialCommand<DenialNote> {

    public NoteCommand {
        text = DenialCommand.required(text, "text", 2000);
    }

    @Override
    public boolean allowedWhenResolved() {
        return true;
    }

    @Override
    public DenialNote execute(DenialWorkService.Action work) {
        DenialNote note = new DenialNote();
        note.denialItemId = work.item().id;
        note.author = work.by();
        note.text = text;
        note.createdAt = work.now();
        note.persist();
        work.record(work.claim(), List.of(work.item()), DenialAction.NOTED, null, "note added");
        return note;
    }
}
