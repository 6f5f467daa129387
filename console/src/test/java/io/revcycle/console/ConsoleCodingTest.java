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

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The coding screens over HTTP: logged in through the real Keycloak (code flow, the realm's demo users), calling the
 * real coding-service with the user's token; whole pages and the fragments htmx swaps in.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleCodingTest {

    private static final Pattern ROW_LINK = Pattern.compile("class=\"row-link\" href=\"/coding/items/([^\"]+)\"");

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
    void shouldOfferEachRoleOnlyItsScreensAndRefuseACoderTheBillingOnes() {
        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        String home = coder.page("/").body();
        assertThat(home).contains("href=\"/coding/worklist\"", "href=\"/coding/queries\"", "coder")
                .doesNotContain("href=\"/billing/denials\"", "href=\"/billing/claims\"");
        assertThat(coder.page("/billing/denials").statusCode()).isEqualTo(403);
        assertThat(coder.page("/billing/claims").statusCode()).isEqualTo(403);

        ConsoleSession biller = ConsoleSession.login(base(), "biller");
        assertThat(biller.page("/").body()).contains("href=\"/billing/denials\"", "href=\"/billing/claims\"")
                .doesNotContain("href=\"/coding/worklist\"", "href=\"/coding/queries\"");
        assertThat(biller.page("/coding/worklist").statusCode()).isEqualTo(403);

        ConsoleSession physician = ConsoleSession.login(base(), "physician");
        assertThat(physician.page("/").body()).contains("href=\"/coding/queries\"")
                .doesNotContain("href=\"/coding/worklist\"");
        assertThat(physician.page("/coding/worklist").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldListAQueueOldestFirstThenHighestChargeWithItsCountsAndLabelledControls() {
        String facility = CodingData.newFacility();
        String newest = data.openItem(facility, 2, "900.00");
        String oldCheap = data.openItem(facility, 9, "100.00");
        String oldDear = data.openItem(facility, 9, "300.00");
        ConsoleSession coder = ConsoleSession.login(base(), "coder");

        HttpResponse<String> page = coder.page("/coding/worklist?facilityId=" + facility);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(rowIds(html)).containsExactly(oldDear, oldCheap, newest);
        assertThat(html).contains("3 of 3 open items shown", "fetched ");
        // the queue's counts, as coding-service keeps them
        assertThat(html).containsPattern("href=\"/coding/worklist\\?facilityId=" + facility
                + "[^\"]*\">" + facility + "</a></td><td>PROFESSIONAL</td>\\s*<td>[^<]*</td><td class=\"num\">3</td>"
                + "<td class=\"num\">3</td>");
        assertEveryControlLabelled(html);
        assertThat(html).contains("data-keyboard-list", "Next item in this queue");

        HttpResponse<String> byCharge = coder.fragment("/coding/worklist/rows?facilityId=" + facility + "&sort=charge");
        assertThat(byCharge.statusCode()).isEqualTo(200);
        assertThat(byCharge.body().strip()).doesNotContain("<html").startsWith("<div id=\"rows\">").contains("fetched ");
        assertThat(rowIds(byCharge.body())).containsExactly(newest, oldDear, oldCheap);

        HttpResponse<String> filtered = coder.fragment("/coding/worklist/rows?facilityId=" + facility + "&q="
                + oldCheap.substring(oldCheap.length() - 12));
        assertThat(rowIds(filtered.body())).containsExactly(oldCheap);
        assertThat(coder.fragment("/coding/worklist/rows?sort=sideways").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldShowTheNoteAndDocumentedItemsBesideTheCodesWithSuggestionsAndEdits() {
        String id = data.openItem(CodingData.newFacility(), 3, "180.00");
        ConsoleSession coder = ConsoleSession.login(base(), "coder");

        HttpResponse<String> page = coder.page("/coding/items/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains(CodingData.NOTE, "Type 2 diabetes mellitus without complications",
                "Essential hypertension", "Office visit, established patient", "fetched ");
        // the codes form: the coded position, the empty one, the line with its pointers
        assertThat(html).contains("id=\"dx-1\" name=\"dx\" value=\"E11.9\"", "id=\"dx-2\" name=\"dx\" value=\"\"",
                "id=\"code-1\" name=\"code-1\" value=\"99213\"", "id=\"pointers-1\" name=\"pointers-1\" value=\"1,2\"");
        // suggestions with their reasons, and the edits coding-service found
        JsonNode item = data.item(id);
        assertThat(html).contains("Chart suggestions");
        assertThat(item.path("issues")).isNotEmpty();
        assertThat(html).contains(escape(item.path("issues").get(0).asText()));
        assertThat(html).contains("Raise query", "id=\"templateId\"");
        assertEveryControlLabelled(html);

        ConsoleSession auditor = ConsoleSession.login(base(), "coding-auditor");
        String readOnly = auditor.page("/coding/items/" + id).body();
        assertThat(readOnly).contains(CodingData.NOTE).doesNotContain("Save codes", "Raise query", "id=\"finalize-button\"");
        assertThat(auditor.post("/coding/items/" + id + "/codes", Map.of("dx", List.of("E11.9"))).statusCode())
                .isEqualTo(403);
        assertThat(coder.page("/coding/items/ENC-NOT-THERE").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldCodeTheNextItemOfAQueueAndFinalizeItWithTheServicesChecks() {
        String facility = CodingData.newFacility();
        String id = data.openItem(facility, 5, "220.00");
        ConsoleSession coder = ConsoleSession.login(base(), "coder");

        HttpResponse<String> next = coder.post("/coding/worklist/next", Map.of("facilityId", List.of(facility)));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.headers().firstValue("HX-Redirect")).hasValue("/coding/items/" + id);
        assertThat(data.item(id).path("assignedTo").asText()).isEqualTo("coder");

        // finalizing with a diagnosis still uncoded: coding-service refuses, the console says why (4xx, no 5xx)
        HttpResponse<String> refused = coder.post("/coding/items/" + id + "/finalize", Map.of());
        assertThat(refused.statusCode()).isBetween(400, 499);
        assertThat(refused.body()).contains("role=\"alert\"").doesNotContain("<html");

        HttpResponse<String> badUnits = coder.post("/coding/items/" + id + "/codes", codes("I10", "x"));
        assertThat(badUnits.statusCode()).isEqualTo(400);
        assertThat(badUnits.body()).contains("units of line 1 must be a whole number");

        HttpResponse<String> saved = coder.post("/coding/items/" + id + "/codes", codes("I10", "1"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body().strip()).startsWith("<div id=\"coding\">").contains("Saved", "value=\"I10\"", "fetched ");
        assertThat(data.item(id).path("diagnosisCodes").toString()).isEqualTo("[\"E11.9\",\"I10\"]");

        HttpResponse<String> finalized = coder.post("/coding/items/" + id + "/finalize", Map.of());
        assertThat(finalized.statusCode()).as(finalized.body()).isEqualTo(200);
        assertThat(finalized.body()).contains("Finalized.", "data-status=\"CODED\"", "finalized by coder");
        JsonNode coded = data.item(id);
        assertThat(coded.path("status").asText()).isEqualTo("CODED");
        assertThat(coded.path("finalizedBy").asText()).isEqualTo("coder");
    }

    @Test
    void shouldRefuseAFormPostedWithoutTheCsrfTokenOfTheUsersPage() {
        String facility = CodingData.newFacility();
        String id = data.openItem(facility, 2, "95.00");
        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        coder.post("/coding/worklist/next", Map.of("facilityId", List.of(facility)));
        String before = data.item(id).path("diagnosisCodes").toString();

        // every form that changes something carries the token (the layout hands it to htmx as well)
        String page = coder.page("/coding/items/" + id).body();
        Matcher forms = Pattern.compile("(?s)<form[^>]*method=\"post\"[^>]*>(.*?)</form>").matcher(page);
        int posting = 0;
        while (forms.find()) {
            assertThat(forms.group(1)).contains("type=\"hidden\" name=\"csrf-token\"");
            posting++;
        }
        assertThat(posting).isGreaterThanOrEqualTo(3);

        // the session cookie alone, as a form on another site would send it: refused, nothing changes
        HttpResponse<String> forged = coder.postWithoutToken("/coding/items/" + id + "/codes", codes("I10", "1"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(data.item(id).path("diagnosisCodes").toString()).isEqualTo(before);
        assertThat(coder.post("/coding/items/" + id + "/codes", codes("I10", "1")).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRaiseAPhysicianQueryAndLetThePhysicianAnswerIt() {
        String facility = CodingData.newFacility();
        String id = data.openItem(facility, 4, "150.00");
        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        coder.post("/coding/worklist/next", Map.of("facilityId", List.of(facility)));

        assertThat(coder.post("/coding/items/" + id + "/queries", Map.of("templateId", List.of("HEART_FAILURE_SPECIFICITY")))
                .statusCode()).isEqualTo(400);
        HttpResponse<String> raised = coder.post("/coding/items/" + id + "/queries",
                Map.of("templateId", List.of("HEART_FAILURE_SPECIFICITY"),
                        "indicators", List.of("BNP 1,450 pg/mL\nEjection fraction 30 %")));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        assertThat(raised.body().strip()).startsWith("<div id=\"queries\">").contains("Query raised", "<em>open</em>");
        assertThat(data.item(id).path("status").asText()).isEqualTo("ON_HOLD");
        String queryId = data.item(id).path("queries").get(0).path("queryId").asText();

        ConsoleSession physician = ConsoleSession.login(base(), "physician");
        String open = physician.page("/coding/queries").body();
        assertThat(open).contains(id, "BNP 1,450 pg/mL", "/coding/queries/" + queryId + "/answer", "fetched ");
        assertEveryControlLabelled(open);
        // filtered by the physician queried (the rendering provider), not by another one; a bad NPI is refused
        assertThat(physician.page("/coding/queries?physicianNpi=" + CodingData.RENDERING_NPI).body()).contains(id,
                "queries to physician " + CodingData.RENDERING_NPI);
        assertThat(physician.page("/coding/queries?physicianNpi=" + CodingData.BILLING_NPI).body()).doesNotContain(id);
        assertThat(physician.page("/coding/queries?physicianNpi=12").statusCode()).isEqualTo(400);
        assertThat(physician.post("/coding/queries/" + queryId + "/answer", Map.of()).statusCode()).isEqualTo(400);
        assertThat(coder.post("/coding/queries/" + queryId + "/answer",
                Map.of("answer", List.of("Other"))).statusCode()).isEqualTo(403);

        String option = data.item(id).path("queries").get(0).path("options").get(0).asText();
        HttpResponse<String> answered = physician.post("/coding/queries/" + queryId + "/answer",
                Map.of("answer", List.of(option)));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body().strip()).startsWith("<div id=\"query-list\">").contains("Answered").doesNotContain(queryId);
        JsonNode back = data.item(id);
        assertThat(back.path("status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(back.path("queries").get(0).path("answer").asText()).isEqualTo(option);
        assertThat(physician.page("/coding/queries?status=ANSWERED").body()).contains(id, escape(option));
    }

    private static Map<String, List<String>> codes(String secondDiagnosis, String units) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("positions", List.of("2"));
        form.put("dx", List.of("E11.9", secondDiagnosis, ""));
        form.put("line", List.of("1"));
        form.put("code-1", List.of("99213"));
        form.put("modifiers-1", List.of(""));
        form.put("units-1", List.of(units));
        form.put("pointers-1", List.of("1,2"));
        return form;
    }

    private static List<String> rowIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW_LINK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Every input, select and textarea a user can reach has a label naming it (hidden fields carry no label). */
    static void assertEveryControlLabelled(String html) {
        Matcher control = Pattern.compile("<(input|select|textarea)\\b([^>]*)>").matcher(html);
        int checked = 0;
        while (control.find()) {
            String attributes = control.group(2);
            if (attributes.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(attributes);
            assertThat(id.find()).as("a control without id: " + control.group()).isTrue();
            assertThat(html).as("label of " + id.group(1)).contains("<label for=\"" + id.group(1) + "\"");
            checked++;
        }
        assertThat(checked).isPositive();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
