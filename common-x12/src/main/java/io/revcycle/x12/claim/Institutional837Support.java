package io.revcycle.x12.claim;

import java.util.List;

/**
 * 837 Health Care Claim: Institutional, 005010X223A2 (also reads 005010X223A3 and 005010X223A1, which share its
 * structure).
 */
public final class Institutional837Support extends Claim837Support<Claim837I> {

    public static final String GUIDE = "005010X223A2";

    public Institutional837Support() {
        super(GUIDE, List.of("005010X223A3", "005010X223A1"), Claim837I.class, true);
    }
}
