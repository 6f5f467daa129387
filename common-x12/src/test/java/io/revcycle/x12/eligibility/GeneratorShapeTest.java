package io.revcycle.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.status.ClaimStatusRequest276Support;
import io.revcycle.x12.status.ClaimStatusResponse277Support;
import io.revcycle.x12.status.StatusGeneratorAccess;

/**
 * The round-trip generators reach every loop and segment of the guides' implementations: each "loop/segment" pair
 * (and each "loop/segment*qualifier" for REF, AMT and DTP where the qualifier decides the meaning) appears in the
 * 510 transactions the round-trip tests use.
 */
class GeneratorShapeTest {

    static <T> Set<String> shapes(TransactionSupport<T> support, Supplier<T> generator, int count) {
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            collect(support.toBody(generator.get()), seen);
        }
        return seen;
    }

    private static void collect(Loop loop, Set<String> seen) {
        for (X12Node n : loop.children()) {
            if (n instanceof Segment s) {
                seen.add(loop.id() + "/" + s.id());
                if (s.id().equals("AMT") || s.id().equals("REF") && !loop.id().startsWith("2100")) {
                    seen.add(loop.id() + "/" + s.id() + "*" + s.value(1));
                }
            } else if (n instanceof Loop l) {
                collect(l, seen);
            }
        }
    }

    @Test
    void shouldGenerateEvery270Shape() {
        EligibilityGenerator g = new EligibilityGenerator(270L);
        assertThat(shapes(new EligibilityInquiry270Support(), g::inquiry, 510)).contains("270/BHT", "2000A/HL",
                "2100A/NM1", "2000B/HL", "2100B/NM1", "2100B/REF", "2100B/N3", "2100B/N4", "2100B/PRV", "2000C/HL",
                "2000C/TRN", "2100C/NM1", "2100C/REF", "2100C/N3", "2100C/N4", "2100C/PRV", "2100C/DMG", "2100C/INS",
                "2100C/HI", "2100C/DTP", "2110C/EQ", "2110C/AMT*R", "2110C/AMT*PB", "2110C/III", "2110C/REF*9F",
                "2110C/REF*G1", "2110C/DTP", "2000D/HL", "2000D/TRN", "2100D/NM1", "2100D/REF", "2100D/N3",
                "2100D/N4", "2100D/PRV", "2100D/DMG", "2100D/INS", "2100D/HI", "2100D/DTP", "2110D/EQ", "2110D/AMT*R",
                "2110D/AMT*PB", "2110D/III", "2110D/REF", "2110D/DTP");
    }

    @Test
    void shouldGenerateEvery271Shape() {
        EligibilityGenerator g = new EligibilityGenerator(271L);
        Set<String> shapes = shapes(new EligibilityResponse271Support(), g::response, 510);
        for (String level : new String[] { "C", "D" }) {
            assertThat(shapes).contains("2000" + level + "/HL", "2000" + level + "/TRN", "2100" + level + "/NM1",
                    "2100" + level + "/REF", "2100" + level + "/N3", "2100" + level + "/N4", "2100" + level + "/AAA",
                    "2100" + level + "/PRV", "2100" + level + "/DMG", "2100" + level + "/INS", "2100" + level + "/HI",
                    "2100" + level + "/DTP", "2100" + level + "/MPI", "2110" + level + "/EB", "2110" + level + "/HSD",
                    "2110" + level + "/REF", "2110" + level + "/DTP", "2110" + level + "/AAA", "2110" + level + "/MSG",
                    "2110" + level + "/LS", "2110" + level + "/LE", "2115" + level + "/III", "2120" + level + "/NM1",
                    "2120" + level + "/N3", "2120" + level + "/N4", "2120" + level + "/PER", "2120" + level + "/PRV");
        }
        assertThat(shapes).contains("271/BHT", "2000A/HL", "2000A/AAA", "2100A/NM1", "2100A/PER", "2100A/AAA",
                "2000B/HL", "2100B/NM1", "2100B/REF", "2100B/N3", "2100B/N4", "2100B/AAA", "2100B/PRV");
    }

    @Test
    void shouldGenerateEvery276And277Shape() {
        Set<String> request = shapes(new ClaimStatusRequest276Support(), StatusGeneratorAccess.requests(276L), 510);
        Set<String> response = shapes(new ClaimStatusResponse277Support(), StatusGeneratorAccess.responses(277L), 510);
        for (String level : new String[] { "D", "E" }) {
            assertThat(request).contains("2000" + level + "/HL", "2000" + level + "/DMG", "2100" + level + "/NM1",
                    "2200" + level + "/TRN", "2200" + level + "/REF*1K", "2200" + level + "/REF*BLT",
                    "2200" + level + "/REF*LU", "2200" + level + "/REF*6P", "2200" + level + "/REF*EJ",
                    "2200" + level + "/REF*XZ", "2200" + level + "/REF*D9", "2200" + level + "/AMT*T3",
                    "2200" + level + "/DTP", "2210" + level + "/SVC", "2210" + level + "/REF*FJ",
                    "2210" + level + "/DTP");
            assertThat(response).contains("2000" + level + "/HL", "2100" + level + "/NM1", "2200" + level + "/TRN",
                    "2200" + level + "/STC", "2200" + level + "/REF*1K", "2200" + level + "/REF*BLT",
                    "2200" + level + "/REF*EJ", "2200" + level + "/REF*XZ", "2200" + level + "/REF*VV",
                    "2200" + level + "/REF*D9", "2200" + level + "/DTP", "2220" + level + "/SVC",
                    "2220" + level + "/STC", "2220" + level + "/REF*FJ", "2220" + level + "/DTP");
        }
        assertThat(request).contains("276/BHT", "2100A/NM1", "2100B/NM1", "2100C/NM1");
        assertThat(response).contains("277/BHT", "2100A/NM1", "2100A/PER", "2100B/NM1", "2100C/NM1");
    }
}
