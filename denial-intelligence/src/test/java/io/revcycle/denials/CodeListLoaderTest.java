package io.revcycle.denials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CodeListLoaderTest {

    /** The layout of the list on x12.org, copied as text: code TAB description, then its dates (and notes). */
    private static final String OFFICIAL = """
            Code\tDescription
            16\tClaim/service lacks information or has submission/billing error(s).
            Usage: Refer to the 835 Healthcare Policy Identification Segment, if present.
            Start: 01/01/1995 | Last Modified: 03/01/2018
            Notes: Use RARCs to name what is missing.
            42
            Charges exceed our fee schedule or maximum allowable amount.
            Start: 01/01/1995 | Last Modified: 10/31/2006 | Stop: 06/01/2007
            B15\tThis service/procedure requires that a qualifying service/procedure be received and covered.
            Start: 01/01/1995
            """;

    @Test
    void shouldReadTheOfficialLayoutWithDatesAndStops() throws Exception {
        CodeList list = CodeListLoader.readOfficial(CodeList.Kind.CARC, "2026-11", new StringReader(OFFICIAL));

        assertThat(list.size()).isEqualTo(3);
        assertThat(list.version()).isEqualTo("2026-11");
        CodeListEntry c16 = list.find("16").orElseThrow();
        assertThat(c16.description()).startsWith("Claim/service lacks information").contains("Usage: Refer");
        assertThat(c16.start()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(c16.lastModified()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(c16.stop()).isNull();
        CodeListEntry c42 = list.find("42").orElseThrow();
        // CARC 42's dates as X12's list gives them (the 2016-03-07 copy named in the README)
        assertThat(c42.lastModified()).isEqualTo(LocalDate.of(2006, 10, 31));
        assertThat(c42.stop()).isEqualTo(LocalDate.of(2007, 6, 1));
        assertThat(c42.activeOn(LocalDate.of(2007, 5, 31))).isTrue();
        assertThat(c42.activeOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(list.find("b15")).isPresent();
    }

    @Test
    void shouldRoundTripAnOfficialReleaseThroughTheCuratedLayout() throws Exception {
        CodeList official = CodeListLoader.readOfficial(CodeList.Kind.CARC, "2026-11", new StringReader(OFFICIAL));

        String curated = CodeListLoader.toCurated(official, "https://x12.org/codes/claim-adjustment-reason-codes",
                "X12");
        CodeList again = CodeListLoader.readCurated(CodeList.Kind.CARC, new StringReader(curated));

        assertThat(again.version()).isEqualTo("2026-11");
        assertThat(again.entries()).containsExactlyElementsOf(official.entries());
    }

    @Test
    void shouldRefuseAnEntryWithoutStartDateOrACodeThatIsText() {
        assertThatThrownBy(() -> CodeListLoader.readOfficial(CodeList.Kind.RARC, "x",
                new StringReader("N115\tThis decision was based on an LCD.\n")))
                .hasMessageContaining("N115 has no Start date");
        assertThatThrownBy(() -> CodeListLoader.readOfficial(CodeList.Kind.RARC, "x",
                new StringReader("This is not a code\nStart: 01/01/2000\n")))
                .hasMessageContaining("line 1: expected a RARC code");
    }

    @Test
    void shouldShipCuratedListsWithProvenanceAndDescribeUnknownCodes() {
        CodeList carc = CodeList.shippedCarc();
        CodeList rarc = CodeList.shippedRarc();

        assertThat(carc.version()).startsWith("curated-2026-12");
        assertThat(carc.size()).isGreaterThan(50);
        assertThat(rarc.size()).isGreaterThan(25);
        assertThat(carc.describe("29")).isEqualTo("Time limit for filing has expired");
        assertThat(rarc.find("N115").orElseThrow().activeOn(LocalDate.of(2026, 12, 1))).isTrue();
        // the payer simulator's seeded CO-96 denial carries N425: its screens show it in words
        assertThat(rarc.describe("N425")).isEqualTo("Statutorily excluded service(s)");
        assertThat(carc.describe("999")).isEqualTo("CARC 999 (not in the code list)");
    }
}
