package io.revcycle.x12.spi;

import java.util.List;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.validate.FindingSink;

/**
 * Everything the toolkit knows about one transaction set of one implementation guide: the typed mapping both ways and
 * the rules beyond the schema (SNIP 3 balancing, SNIP 4 situational). One implementation per guide, registered in
 * {@link io.revcycle.x12.TransactionCatalog}.
 *
 * @param <T> the typed record of one transaction set (e.g. a Claim837 transaction with its billing providers)
 */
public interface TransactionSupport<T> {

    /** ST01, e.g. "837". */
    String transactionSetId();

    /** The guide written by {@link #toBody} and placed in ST03/GS08, e.g. "005010X222A1". */
    String implementationReference();

    /** Other ST03/GS08 values read with the same schema and mapping (e.g. "005010X222A2"). */
    default List<String> alsoReads() {
        return List.of();
    }

    /** GS01 for this transaction set, e.g. "HC". */
    String functionalIdentifier();

    /** Classpath resource of the StAEDI implementation schema: by convention {@code schema/<ST01>-<guide>.xml}. */
    default String schemaResource() {
        return "/io/revcycle/x12/schema/" + transactionSetId() + "-" + implementationReference() + ".xml";
    }

    Class<T> type();

    /**
     * The typed record of a transaction set body. Must not throw: what cannot be mapped is reported to
     * {@code findings} (SNIP 2 / 4) and left null or empty in the record.
     */
    T fromBody(TransactionSet transaction, FindingSink findings);

    /** The body (loops and segments between ST and SE) for a typed record; HL numbering is done here. */
    Loop toBody(T value);

    /** SNIP 3 and 4 rules on a transaction that was read; the schema has already checked SNIP 1 and 2. */
    default void check(TransactionSet transaction, T value, FindingSink findings) {
    }
}
