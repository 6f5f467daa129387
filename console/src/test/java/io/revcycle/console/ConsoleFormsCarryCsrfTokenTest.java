package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every form of every template that posts carries the CSRF token field ({#csrf /}), so it works without htmx too
 * (htmx sends the token as a header from the layout). A new screen's form without it fails here, before a browser.
 */
class ConsoleFormsCarryCsrfTokenTest {

    private static final Pattern POST_FORM = Pattern.compile("(?s)<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>");

    @Test
    void shouldPutTheCsrfFieldInEveryPostingForm() throws IOException {
        List<String> missing = new ArrayList<>();
        int forms = 0;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher form = POST_FORM.matcher(Files.readString(template));
                while (form.find()) {
                    forms++;
                    if (!form.group(1).contains("{#csrf /}")) {
                        missing.add(template.getFileName() + ": " + form.group().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(forms).isGreaterThanOrEqualTo(5);
        assertThat(missing).as("posting forms without {#csrf /}").isEmpty();
    }
}
