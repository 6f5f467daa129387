package io.revcycle.x12;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.read.SchemaCache;
import io.revcycle.x12.spi.TransactionSupport;

class TransactionCatalogTest {

    @Test
    void shouldFindALoadableSchemaForEveryGuideByConvention() {
        assertThat(TransactionCatalog.all()).hasSize(9);
        for (TransactionSupport<?> s : TransactionCatalog.all()) {
            assertThat(getClass().getResource(s.schemaResource())).as(s.schemaResource()).isNotNull();
            assertThat(SchemaCache.get(s.schemaResource())).as(s.schemaResource()).isNotNull();
            assertThat(TransactionCatalog.find(s.transactionSetId(), s.implementationReference())).containsSame(s);
        }
    }
}
