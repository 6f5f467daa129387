package io.revcycle.x12.ack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.revcycle.x12.ack.Ack999.Context;
import io.revcycle.x12.ack.Ack999.ElementError;
import io.revcycle.x12.ack.Ack999.GroupAckCode;
import io.revcycle.x12.ack.Ack999.GroupResponse;
import io.revcycle.x12.ack.Ack999.SegmentError;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.ack.Ack999.TransactionResponse;
import io.revcycle.x12.ack.Ack999.TransactionStatus;

/** Seeded 999s of many shapes that satisfy the guide and the SNIP 3/4 rules of {@link Ack999Support}. */
public final class Ack999Generator {

    private static final String[][] SETS = { { "HC", "837", "005010X222A1" }, { "HC", "837", "005010X223A2" },
            { "HP", "835", "005010X221A1" }, { "HS", "270", "005010X279A1" }, { "HR", "276", "005010X212" } };
    private static final String[] SEGMENTS = { "NM1", "CLM", "SV1", "REF", "DTP", "HI", "N3", "N4", "SBR", "HL" };
    private static final String[] SEGMENT_CODES = { "1", "2", "3", "4", "5", "6", "7", "8", "I4", "I6", "I7", "I8",
            "I9" };
    private static final String[] ELEMENT_CODES = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "13",
            "I10", "I11", "I12", "I13", "I6", "I9" };
    private static final String[] LOOPS = { "2000", "2010", "2300", "2400", "2310", "1000" };

    private final Random random;

    public Ack999Generator(long seed) {
        this.random = new Random(seed);
    }

    public Ack999 next() {
        String[] set = SETS[random.nextInt(SETS.length)];
        int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 3 : 12);
        List<TransactionResponse> responses = new ArrayList<>();
        int accepted = 0;
        boolean noted = false;
        for (int t = 0; t < count; t++) {
            int kind = random.nextInt(3); // 0 accepted, 1 accepted with errors, 2 rejected
            List<SegmentError> errors = kind == 0 ? List.of() : segmentErrors();
            TransactionStatus status;
            if (kind == 0) {
                status = new TransactionStatus(TransactionAckCode.A, List.of());
                accepted++;
            } else if (kind == 1) {
                status = new TransactionStatus(TransactionAckCode.E, codes(new String[] { "5", "I5" }, 0));
                accepted++;
                noted = true;
            } else {
                status = new TransactionStatus(random.nextInt(6) == 0 ? TransactionAckCode.M : TransactionAckCode.R,
                        codes(new String[] { "1", "2", "3", "4", "5", "23", "I5", "I6" }, 1));
            }
            responses.add(new TransactionResponse(set[1], String.format("%04d", 1 + random.nextInt(9999)),
                    random.nextBoolean() ? set[2] : null, errors, status));
        }
        List<String> groupCodes = random.nextInt(8) == 0 ? codes(new String[] { "1", "2", "3", "4", "5", "6", "19" },
                1) : List.of();
        GroupAckCode code;
        if (!groupCodes.isEmpty() || (count > 0 && accepted == 0)) {
            code = GroupAckCode.R;
        } else if (accepted < count) {
            code = GroupAckCode.P;
        } else if (noted) {
            code = GroupAckCode.E;
        } else {
            code = GroupAckCode.A;
        }
        int included = count + (random.nextInt(6) == 0 ? random.nextInt(3) : 0);
        return new Ack999(set[0], Integer.toString(1 + random.nextInt(999_999_998)), set[2], responses,
                new GroupResponse(code, included, count, accepted, groupCodes));
    }

    private List<String> codes(String[] pool, int min) {
        int n = min + random.nextInt(6 - min);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String c = pool[random.nextInt(pool.length)];
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        if (out.size() < min) {
            out.add(pool[0]);
        }
        return out;
    }

    private List<SegmentError> segmentErrors() {
        int n = random.nextInt(4);
        List<SegmentError> errors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Context> contexts = new ArrayList<>();
            int triggers = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
            for (int c = 0; c < triggers; c++) {
                contexts.add(trigger());
            }
            if (random.nextInt(3) == 0) {
                contexts.add(Context.businessUnit("CLM01", "PCN" + random.nextInt(100000)));
            }
            List<ElementError> elements = new ArrayList<>();
            int e = random.nextInt(4);
            for (int k = 0; k < e; k++) {
                elements.add(new ElementError(1 + random.nextInt(20), random.nextBoolean() ? 0 : 1 + random.nextInt(9),
                        random.nextInt(4) == 0 ? 1 + random.nextInt(5) : 0,
                        random.nextBoolean() ? Integer.toString(1 + random.nextInt(1999)) : null,
                        ELEMENT_CODES[random.nextInt(ELEMENT_CODES.length)],
                        random.nextInt(5) == 0 ? "BAD" + random.nextInt(100) : null,
                        random.nextInt(4) == 0 ? List.of(triggerWithElement()) : List.of()));
            }
            errors.add(new SegmentError(SEGMENTS[random.nextInt(SEGMENTS.length)], 1 + random.nextInt(5000),
                    random.nextBoolean() ? LOOPS[random.nextInt(LOOPS.length)] : null,
                    SEGMENT_CODES[random.nextInt(SEGMENT_CODES.length)], contexts, elements));
        }
        return errors;
    }

    private Context trigger() {
        boolean withPosition = random.nextBoolean();
        return new Context(Context.SITUATIONAL_TRIGGER, null, SEGMENTS[random.nextInt(SEGMENTS.length)],
                1 + random.nextInt(900), random.nextBoolean() ? LOOPS[random.nextInt(LOOPS.length)] : null,
                withPosition ? 1 + random.nextInt(9) : 0, withPosition && random.nextBoolean() ? 1 + random.nextInt(5)
                        : 0, 0, random.nextBoolean() ? Integer.toString(1 + random.nextInt(1999)) : null);
    }

    private Context triggerWithElement() {
        return new Context(Context.SITUATIONAL_TRIGGER, null, SEGMENTS[random.nextInt(SEGMENTS.length)],
                1 + random.nextInt(900), null, 1 + random.nextInt(9), 0, 0, null);
    }
}
