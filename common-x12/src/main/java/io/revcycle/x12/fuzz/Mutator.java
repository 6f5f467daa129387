package io.revcycle.x12.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of X12 bytes for fuzzing: byte changes and bit flips, deletions, insertions of delimiters and
 * control characters, segment duplication, removal and swap, digit changes, truncation. The same seed gives the same
 * sequence of mutants.
 */
public final class Mutator {

    private static final byte[] SPECIAL = "*~:^|>!\n\r \u0000ISAGSSTSEGEIEAHL0123456789".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of {@code input} (which is not changed). */
    public byte[] mutate(byte[] input) {
        byte[] out = input.clone();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] in) {
        if (in.length == 0) {
            return new byte[] { SPECIAL[random.nextInt(SPECIAL.length)] };
        }
        return switch (random.nextInt(11)) {
            case 0 -> setByte(in, (byte) random.nextInt(256));
            case 1 -> flipBit(in);
            case 2 -> delete(in);
            case 3 -> insert(in, delimiters(in)[random.nextInt(4)]);
            case 4 -> insert(in, SPECIAL[random.nextInt(SPECIAL.length)]);
            case 5 -> segments(in, 0);
            case 6 -> segments(in, 1);
            case 7 -> segments(in, 2);
            case 8 -> digit(in);
            case 9 -> java.util.Arrays.copyOf(in, random.nextInt(in.length));
            default -> setByte(in, delimiters(in)[random.nextInt(4)]);
        };
    }

    /** Segment terminator, element, component and repetition separators read from an ISA (defaults otherwise). */
    private static byte[] delimiters(byte[] in) {
        if (in.length > 105 && in[0] == 'I' && in[1] == 'S' && in[2] == 'A') {
            return new byte[] { in[105], in[3], in[104], in[82] };
        }
        return new byte[] { '~', '*', ':', '^' };
    }

    private byte[] setByte(byte[] in, byte b) {
        byte[] out = in.clone();
        out[random.nextInt(out.length)] = b;
        return out;
    }

    private byte[] flipBit(byte[] in) {
        byte[] out = in.clone();
        int i = random.nextInt(out.length);
        out[i] = (byte) (out[i] ^ (1 << random.nextInt(8)));
        return out;
    }

    private byte[] delete(byte[] in) {
        int from = random.nextInt(in.length);
        int len = 1 + random.nextInt(Math.min(16, in.length - from));
        byte[] out = new byte[in.length - len];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(in, from + len, out, from, in.length - from - len);
        return out;
    }

    private byte[] insert(byte[] in, byte b) {
        int at = random.nextInt(in.length + 1);
        byte[] out = new byte[in.length + 1];
        System.arraycopy(in, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(in, at, out, at + 1, in.length - at);
        return out;
    }

    private byte[] digit(byte[] in) {
        List<Integer> digits = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i] >= '0' && in[i] <= '9') {
                digits.add(i);
            }
        }
        if (digits.isEmpty()) {
            return flipBit(in);
        }
        byte[] out = in.clone();
        out[digits.get(random.nextInt(digits.size()))] = (byte) ('0' + random.nextInt(10));
        return out;
    }

    /** 0 duplicates a segment, 1 removes one, 2 swaps two. */
    private byte[] segments(byte[] in, int kind) {
        byte terminator = delimiters(in)[0];
        List<byte[]> segs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == terminator) {
                segs.add(java.util.Arrays.copyOfRange(in, start, i + 1));
                start = i + 1;
            }
        }
        if (start < in.length) {
            segs.add(java.util.Arrays.copyOfRange(in, start, in.length));
        }
        if (segs.size() < 2) {
            return delete(in);
        }
        int a = random.nextInt(segs.size());
        switch (kind) {
            case 0 -> segs.add(a, segs.get(a));
            case 1 -> segs.remove(a);
            default -> {
                int b = random.nextInt(segs.size());
                byte[] t = segs.get(a);
                segs.set(a, segs.get(b));
                segs.set(b, t);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
        segs.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
