package io.revcycle.x12.status;

import java.util.function.Supplier;

/** Generators of this package for tests of other packages (fuzz seed writing). */
public final class StatusGeneratorAccess {

    private StatusGeneratorAccess() {
    }

    public static Supplier<ClaimStatusRequest276> requests(long seed) {
        return new StatusGenerator(seed)::request;
    }

    public static Supplier<ClaimStatusResponse277> responses(long seed) {
        return new StatusGenerator(seed)::response;
    }
}
