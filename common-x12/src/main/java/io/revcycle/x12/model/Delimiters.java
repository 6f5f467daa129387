package io.revcycle.x12.model;

/**
 * The separators of an interchange. The reader takes them from the ISA segment; the writer uses the ones it is given.
 *
 * @param lineBreak written after every segment terminator ("" for none, "\n" or "\r\n"); readers tolerate either
 */
public record Delimiters(char segment, char element, char component, char repetition, String lineBreak) {

    /** The common choice: ~ * : ^ with a newline after each segment. */
    public static final Delimiters DEFAULT = new Delimiters('~', '*', ':', '^', "\n");
}
