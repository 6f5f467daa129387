package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The coding work list page by page (coding-service filters, orders and pages), a coding manager assigning items,
 * and a coder's own productivity: over HTTP, logged in through the real Keycloak, against the real coding-service.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleCodingWorkTest {

    private static final Pattern ROW_LINK = Pattern.compile("class=\"row-link\" href=\"/coding/items/([^\"]+)\"");
    private static final Pattern ROW_ID = Pattern.compile("data-owner=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL root;

    private CodingData data;

    @BeforeEach
    void data() {
        data = new CodingData(ConsoleStack.stack());
    }

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    @Test
    void shouldListAQueuePageByPageInCodingServicesOrder() {
        String facility = CodingData.newFacility();
        String newest = data.openItem(facility, 1, "900.00");
        String oldCheap = data.openItem(facility, 12, "100.00");
        String oldDear = data.openItem(facility, 12, "300.00");
        ConsoleSession coder = ConsoleSession.login(base(), "coder");

        String first = coder.page("/coding/worklist?facilityId=" + facility + "&size=2").body();
        assertThat(ids(ROW_LINK, first)).containsExactly(oldDear, oldCheap);
        assertThat(first).contains("2 of 3 open items shown (page 1 of 2)", "rel=\"next\"", "fetched ");
        ConsoleCodingTest.assertEveryControlLabelled(first);
        String next = "/coding/worklist/rows?facilityId=" + facility + "&size=2&page=2";
        assertThat(first).contains("hx-get=\"" + next.replace("&", "&amp;") + "\"");
        HttpResponse<String> second = coder.fragment(next);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body().strip()).startsWith("<div id=\"rows\">");
        assertThat(ids(ROW_LINK, second.body())).containsExactly(newest);
        assertThat(second.body()).contains("1 of 3 open items shown (page 2 of 2)", "Previous page")
                .doesNotContain("rel=\"next\"");
        assertThat(coder.fragment("/coding/worklist/rows?page=0").statusCode()).isEqualTo(400);
        assertThat(coder.fragment("/coding/worklist/rows?size=500").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldLetACodingManagerAssignAnItemAndSeeItsOwner() {
        String facility = CodingData.newFacility();
        String id = data.openItem(facility, 6, "260.00");
        ConsoleSession manager = ConsoleSession.login(base(), "coding-manager");
        assertThat(manager.page("/").body()).contains("href=\"/coding/worklist\"")
                .doesNotContain("href=\"/coding/productivity\"");

        String list = manager.page("/coding/worklist?facilityId=" + facility).body();
        assertThat(ids(ROW_ID, list)).containsExactly(id);
        // the workspace is coders', auditors' and CDI's: no link a manager could only get 403 from
        assertThat(list).doesNotContain("class=\"row-link\"").contains("Coder for " + id);
        ConsoleCodingTest.assertEveryControlLabelled(list);

        HttpResponse<String> assigned = manager.post("/coding/worklist/" + id + "/assign",
                form("coder", "coder", "facilityId", facility));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.body().strip()).startsWith("<div id=\"rows\">");
        assertThat(assigned.body()).contains(id + " assigned to coder.", "data-owner=\"" + id + "\">coder<");
        assertThat(data.item(id).path("assignedTo").asText()).isEqualTo("coder");

        assertThat(manager.post("/coding/worklist/" + id + "/assign", form("coder", "no one")).statusCode())
                .isEqualTo(400);
        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        assertThat(coder.post("/coding/worklist/" + id + "/assign", form("coder", "coder")).statusCode())
                .isEqualTo(403);
        assertThat(coder.page("/coding/worklist?facilityId=" + facility).body()).doesNotContain("Coder for ")
                .contains("data-owner=\"" + id + "\">coder<");
    }

    @Test
    void shouldShowACoderTheirOwnProductivity() {
        String id = data.openItem(CodingData.newFacility(), 2, "140.00");
        data.codeAndFinalize(id);
        long items = data.myProductivity().path("items").asLong();
        assertThat(items).isPositive();
        ConsoleSession coder = ConsoleSession.login(base(), "coder");

        HttpResponse<String> page = coder.page("/coding/productivity");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"items\">" + items + "<", "PROFESSIONAL", "fetched ");
        ConsoleCodingTest.assertEveryControlLabelled(page.body());
        HttpResponse<String> empty = coder.fragment("/coding/productivity/report?from=2020-01-01&to=2020-01-07");
        assertThat(empty.body().strip()).startsWith("<div id=\"report\">");
        assertThat(empty.body()).contains("You finalized no item in this period.");
        assertThat(coder.fragment("/coding/productivity/report?from=soon").statusCode()).isEqualTo(400);

        ConsoleSession manager = ConsoleSession.login(base(), "coding-manager");
        assertThat(manager.page("/coding/productivity").statusCode()).isEqualTo(403);
    }

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    private static List<String> ids(Pattern pattern, String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
