package io.revcycle.x12.model;

/**
 * One transaction set (ST..SE). {@code body} holds everything between ST and SE in loops named by the implementation
 * guide; ST and SE themselves are not in it (the writer computes SE01 and the reader checks it).
 *
 * @param id                      ST01, e.g. "837"
 * @param controlNumber           ST02
 * @param implementationReference ST03, e.g. "005010X222A1"
 */
public record TransactionSet(String id, String controlNumber, String implementationReference, Loop body) {
}
