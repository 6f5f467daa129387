package io.revcycle.claims.service;

import io.revcycle.x12.ControlNumbers;

/**
 * The control numbers of one batch interchange: ISA13 from the database sequence, GS06 the same number (without the
 * zero padding, GS06 being numeric), ST02 0001, 0002... within the group.
 */
final class BatchControlNumbers implements ControlNumbers {

    private final long interchange;
    private int transaction;

    BatchControlNumbers(long interchange) {
        this.interchange = interchange;
    }

    static String isa13(long n) {
        return String.format("%09d", n);
    }

    static String gs06(long n) {
        return Long.toString(n);
    }

    @Override
    public String nextInterchange() {
        return isa13(interchange);
    }

    @Override
    public String nextGroup() {
        return gs06(interchange);
    }

    @Override
    public String nextTransaction() {
        return String.format("%04d", ++transaction);
    }
}
