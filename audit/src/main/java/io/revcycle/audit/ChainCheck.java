package io.revcycle.audit;

/**
 * Result of walking the whole chain: intact, or the first row whose stored hash does not match its contents or whose
 * previous-hash link does not match the row before it (a row changed, removed or inserted).
 */
public record ChainCheck(boolean intact, long rowsChecked, Long firstBrokenId, String reason) {

    static ChainCheck intact(long rows) {
        return new ChainCheck(true, rows, null, null);
    }

    static ChainCheck broken(long rows, long id, String reason) {
        return new ChainCheck(false, rows, id, reason);
    }
}
