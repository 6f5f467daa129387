package io.revcycle.coding.edits;

/** ERROR blocks finalization and cannot be overridden; WARNING informs and may be overridden with a reason. */
public enum Severity {
    ERROR, WARNING
}
