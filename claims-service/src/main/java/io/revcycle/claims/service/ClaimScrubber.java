package io.revcycle.claims.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.domain.Claim;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;

/**
 * Scrubs a claim before it may be sent: the directory data it needs must exist, and its 837 transaction (written
 * alone, with throw-away control numbers) must pass common-x12's SNIP 1-4 validation without errors. Findings are
 * worded by {@link Finding#toString()}, which names segment and element but no values.
 */
@ApplicationScoped
public class ClaimScrubber {

    private final ClaimDirectory directory;
    private final Claim837Builder builder;

    public ClaimScrubber(ClaimDirectory directory, Claim837Builder builder) {
        this.directory = directory;
        this.builder = builder;
    }

    public ScrubResult scrub(Claim claim) {
        List<String> missing = directory.missingFor(claim);
        if (!missing.isEmpty()) {
            return new ScrubResult(List.of("MISSING_DATA"), String.join("; ", missing));
        }
        byte[] x12;
        try {
            x12 = builder.write(List.of(claim), claim.claimType, directory.payer(claim.payerId).orElseThrow(),
                    ControlNumbers.startingAt(1), LocalDateTime.now());
        } catch (IllegalArgumentException e) {
            // the writer refuses values holding a delimiter; its message may quote the value, so it is not kept
            return new ScrubResult(List.of("DELIMITER_IN_VALUE"),
                    "a claim value contains an X12 delimiter character (* : ^ ~)");
        }
        return ofFindings(X12Toolkit.validate(x12));
    }

    /** The errors among the findings, as codes and words; CLEAN when there are none. */
    public static ScrubResult ofFindings(List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (errors.isEmpty()) {
            return ScrubResult.CLEAN;
        }
        List<String> codes = new ArrayList<>();
        for (Finding f : errors) {
            String code = f.x12ErrorCode() == null ? f.code() : f.code() + " " + f.x12ErrorCode();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return new ScrubResult(codes, errors.stream().map(Finding::toString).collect(Collectors.joining("; ")));
    }
}
