package io.revcycle.coding.domain;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The curated code content the check uses ("curated-2026"): a real but small subset of ICD-10-CM FY2026, CPT
 * (codes only), HCPCS Level II and modifiers. It only changes with a migration, so it is read once and kept.
 */
@ApplicationScoped
public class CuratedCodeSet {

    public static final String CONTENT_VERSION = "curated-2026";
    public static final String ICD_10_CM = "ICD-10-CM";
    public static final String CPT = "CPT";
    public static final String HCPCS = "HCPCS";
    public static final String MODIFIER = "MODIFIER";

    public record Code(String system, String code, String description, boolean billable, String sourceRelease) {
    }

    private volatile Map<String, Code> codes;

    public Optional<Code> diagnosis(String code) {
        return find(ICD_10_CM, code);
    }

    /** CPT or HCPCS Level II. */
    public Optional<Code> procedure(String code) {
        return find(CPT, code).or(() -> find(HCPCS, code));
    }

    public boolean isModifier(String code) {
        return find(MODIFIER, code).isPresent();
    }

    private Optional<Code> find(String system, String code) {
        return Optional.ofNullable(codes().get(system + "|" + code));
    }

    private Map<String, Code> codes() {
        Map<String, Code> loaded = codes;
        if (loaded == null) {
            // own transaction: callers may be REST threads or a consumer's batch transaction
            loaded = QuarkusTransaction.requiringNew().call(() -> CodeSetEntry.<CodeSetEntry>listAll().stream()
                    .map(e -> new Code(e.id.codeSystem, e.id.code, e.description, e.billable, e.sourceRelease))
                    .collect(Collectors.toUnmodifiableMap(c -> c.system() + "|" + c.code(), c -> c)));
            codes = loaded;
        }
        return loaded;
    }
}
