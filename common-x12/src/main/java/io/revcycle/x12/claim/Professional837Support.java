package io.revcycle.x12.claim;

import java.util.List;

/** 837 Health Care Claim: Professional, 005010X222A1 (also reads 005010X222A2, which shares its structure). */
public final class Professional837Support extends Claim837Support<Claim837P> {

    public static final String GUIDE = "005010X222A1";

    public Professional837Support() {
        super(GUIDE, List.of("005010X222A2"), Claim837P.class, false);
    }
}
