package io.revcycle.coding.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.coding.content.scale.ContentScaleBench;
import io.revcycle.coding.content.scale.ContentScaleBenchRun;
import io.revcycle.coding.content.scale.ContentScaleReport;
import io.revcycle.coding.content.scale.SyntheticContent;

/**
 * The content scale bench on its real path (generated files, ContentLoader, PostgreSQL, the snapshot, the edits
 * engine) at 1 % of real size by default ({@code ./revcycle bench content} runs the same bean at full size in the
 * packaged application, see ContentScaleBenchRun); it checks the report is complete and the counts exact, never speed.
 */
@QuarkusTest
class ContentScaleBenchTest {

    @Inject
    ContentScaleBench bench;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void shouldLoadSyntheticContentAtScaleAndReportEveryFigureWithExactCounts() throws IOException {
        double scale = 0.01;
        int encounters = 20_000;
        long seed = 20261206L;
        Path out = Path.of("target/content-bench");
        long rowsBefore = storedRows();

        ContentScaleReport report = bench.run(scale, seed, encounters);
        ContentScaleBenchRun.write(report, out, json);

        SyntheticContent content = new SyntheticContent(scale);
        assertThat(report.loads()).extracting(ContentScaleReport.KindLoad::kind)
                .containsExactly("icd10cm", "icd10pcs", "hcpcs", "ncci-ptp", "mue");
        for (ContentScaleReport.KindLoad load : report.loads()) {
            int expected = content.rows(ContentKind.ofSlug(load.kind()).orElseThrow());
            assertThat(load.release()).startsWith("SYNTHETIC");
            assertThat(load.rowsInFile()).as(load.kind()).isEqualTo(expected);
            assertThat(load.rowsLoaded()).as(load.kind()).isEqualTo(expected);
            assertThat(load.added()).as(load.kind()).isEqualTo(expected); // nothing synthetic was stored before
            assertThat(load.rowsStored()).as(load.kind()).isEqualTo(expected);
            assertThat(load.fileBytes()).isPositive();
        }
        assertThat(report.loads().stream().filter(l -> l.kind().equals("ncci-ptp")).findFirst().orElseThrow()
                .rowsLoaded()).isEqualTo(Math.max(1, Math.round(2_000_000 * scale)));
        assertThat(report.snapshot().rows()).isEqualTo(report.snapshot().storedRows())
                .isEqualTo(rowsBefore + report.totalRows());
        // at 1 % the retained-heap figure (a difference of two used-heap readings) is within the noise of the other
        // threads' allocations and may even come out negative; the live-object histogram is exact: every PTP row of
        // the snapshot is on the heap while it is held
        long ptpRows = report.loads().stream().filter(l -> l.kind().equals("ncci-ptp")).findFirst().orElseThrow()
                .rowsLoaded();
        assertThat(report.snapshot().histogram()).filteredOn(line -> line.endsWith(": io.revcycle.coding.content.PtpRow"))
                .singleElement().satisfies(line -> assertThat(Long.parseLong(line.substring(0, line.indexOf(' '))))
                        .isGreaterThanOrEqualTo(ptpRows));
        assertThat(report.engine().encounters()).isEqualTo(encounters);
        assertThat(report.engine().seconds()).isPositive();
        assertThat(report.engine().errors()).isPositive(); // the mix puts PTP pairs on a third of the encounters

        // the bench's transaction was rolled back: nothing synthetic stays behind
        assertThat(storedRows()).isEqualTo(rowsBefore);
        JsonNode written = json.readTree(out.resolve("content-bench.json").toFile());
        assertThat(written.path("loads")).hasSize(5);
        assertThat(written.path("engine").path("perSecond").asDouble()).isPositive();
        assertThat(Files.readString(out.resolve("content-bench.md"))).contains("| ncci-ptp |", "retained heap",
                "encounters/s");
    }

    private long storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select (select count(*) from content_code) + (select count(*) from ncci_ptp_edit) "
                        + "+ (select count(*) from mue_limit)").getSingleResult()).longValue());
    }
}
