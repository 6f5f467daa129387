package io.revcycle.console.rest;

/** A request the console itself refuses (a bad filter or form value), shown as a message with its 4xx status. */
public class ConsoleProblem extends RuntimeException {
    private final int status;

    public ConsoleProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
