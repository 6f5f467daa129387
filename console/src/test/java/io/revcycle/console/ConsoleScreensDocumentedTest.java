package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import io.revcycle.console.rest.ClaimTimelinePage;
import io.revcycle.console.rest.CodingProductivityPage;
import io.revcycle.console.rest.CodingQueriesPage;
import io.revcycle.console.rest.CodingWorklistPage;
import io.revcycle.console.rest.CodingWorkspacePage;
import io.revcycle.console.rest.CorrectionWorkspacePage;
import io.revcycle.console.rest.CorrectionsPage;
import io.revcycle.console.rest.DenialWorkspacePage;
import io.revcycle.console.rest.DenialsPage;
import io.revcycle.console.rest.KpisPage;
import io.revcycle.console.rest.PatientAccountsPage;
import io.revcycle.console.rest.RemittancesPage;
import io.revcycle.console.rest.Screen;
import io.revcycle.console.rest.SubmissionsPage;
import io.revcycle.stack.ProjectLayout;

/** The console table of docs/security.md is what the pages' annotations and the home page's screens say. */
class ConsoleScreensDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*([A-Z][^|]+?)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*([^|(]+)");
    private static final List<Class<?>> PAGES = List.of(CodingWorklistPage.class, CodingProductivityPage.class,
            CodingWorkspacePage.class, CodingQueriesPage.class, DenialsPage.class, DenialWorkspacePage.class,
            ClaimTimelinePage.class, CorrectionsPage.class, CorrectionWorkspacePage.class, SubmissionsPage.class,
            RemittancesPage.class, PatientAccountsPage.class,
            KpisPage.class);

    @Test
    void shouldDocumentEveryPageWithTheRolesItsCodeRequires() throws IOException {
        Map<String, Set<String>> documented = documented();
        Map<String, Set<String>> inCode = new LinkedHashMap<>();
        for (Class<?> page : PAGES) {
            inCode.put(template(page.getAnnotation(Path.class).value()),
                    new TreeSet<>(Arrays.asList(page.getAnnotation(RolesAllowed.class).value())));
        }
        assertThat(documented).isEqualTo(inCode);
        for (Screen screen : Screen.values()) {
            assertThat(new TreeSet<>(screen.roles)).as(screen.path).isEqualTo(inCode.get(screen.path));
        }
    }

    private static Map<String, Set<String>> documented() throws IOException {
        String md = Files.readString(ProjectLayout.root().resolve("docs/security.md"));
        String section = md.substring(md.indexOf("## Console"), md.indexOf("\n## ", md.indexOf("## Console") + 3));
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.put(m.group(2), Arrays.stream(m.group(3).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        return rows;
    }

    /** {@code /coding/items/{encounterId: [A-Z]{0,63}}} → {@code /coding/items/{encounterId}}. */
    private static String template(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean skipping = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    skipping = false;
                }
            } else if (c == ':' && depth == 1) {
                skipping = true;
                continue;
            }
            if (!skipping || (c == '}' && depth == 0)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
