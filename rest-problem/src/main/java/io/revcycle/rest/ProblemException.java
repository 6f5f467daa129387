package io.revcycle.rest;

/** Thrown by resources and services to answer with a problem+json of the given status; changes nothing. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final java.util.List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, java.util.List.of());
    }

    /** With itemised errors, e.g. the X12 findings of a rejected file (field = rule code, message = finding). */
    public ProblemException(int status, String title, String detail, java.util.List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = java.util.List.copyOf(errors);
    }

    public java.util.List<Problem.FieldError> errors() {
        return errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
