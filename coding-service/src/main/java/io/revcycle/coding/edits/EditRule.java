package io.revcycle.coding.edits;

/** One edit with a stable id; it reads the resolved claim and reports findings. */
public interface EditRule {

    String id();

    void check(EditContext context);
}
