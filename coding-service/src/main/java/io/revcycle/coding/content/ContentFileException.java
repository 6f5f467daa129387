package io.revcycle.coding.content;

/** A release file that does not follow its layout; the message names the line. */
public class ContentFileException extends RuntimeException {

    public ContentFileException(String message) {
        super(message);
    }

    static ContentFileException at(int lineNumber, String problem) {
        return new ContentFileException("line " + lineNumber + ": " + problem);
    }
}
