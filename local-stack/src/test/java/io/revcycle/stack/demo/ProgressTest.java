package io.revcycle.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void shouldPrintOneLinePerStageWhenNotOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, false);

        progress.stage("documenting encounters", 3);
        for (int i = 1; i <= 3; i++) {
            progress.update(i);
        }
        progress.stage("settling", 3);
        progress.update(3);
        progress.done();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r")
                .isEqualTo("» documenting encounters: 3/3\n» settling: 3/3\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void shouldRedrawOneBarInPlaceOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, true);

        progress.stage("documenting encounters", 2);
        progress.update(1);
        progress.update(2);
        progress.done();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r[").contains("] 2/2 documenting encounters").endsWith(System.lineSeparator());
        assertThat(out.split(System.lineSeparator(), -1)).hasSize(2); // one line, redrawn with \r
    }
}
