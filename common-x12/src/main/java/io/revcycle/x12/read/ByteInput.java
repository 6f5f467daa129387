package io.revcycle.x12.read;

import java.io.InputStream;

/**
 * The bytes of one input as a stream StAEDI reads byte by byte: unsynchronized (unlike ByteArrayInputStream) and
 * telling how far the parser has read, for the reader's guard against a parser loop. The benchmark gives its raw scan
 * the same stream, so that both sides pay the same for input.
 */
public final class ByteInput extends InputStream {

    private final byte[] bytes;
    private int position;

    public ByteInput(byte[] bytes, int offset) {
        this.bytes = bytes;
        this.position = Math.min(Math.max(0, offset), bytes.length);
    }

    /** How many bytes were consumed, the offset included. */
    public int position() {
        return position;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = Math.min(len, bytes.length - position);
        if (n <= 0) {
            return -1;
        }
        System.arraycopy(bytes, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return bytes.length - position;
    }
}
