package io.revcycle.x12.cli;

import static io.revcycle.x12.read.Fixtures.ACK_BODY;
import static io.revcycle.x12.read.Fixtures.interchange999;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.ack.Ack999.GroupAckCode;

class X12CliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = X12Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void shouldValidateACleanFileWithExitZero() throws Exception {
        Path ok = file("ok.x12", interchange999(ACK_BODY));

        Run r = run("validate", ok.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ok.x12: 1 transaction set(s), 0 error(s), 0 warning(s)");
    }

    @Test
    void shouldListFindingsAndExitOneWhenAnyFileHasAnError() throws Exception {
        Path ok = file("ok.x12", interchange999(ACK_BODY));
        Path bad = file("bad.x12", interchange999(ACK_BODY.replace("IK5*A", "IK5*Q")));

        Run r = run("validate", ok.toString(), bad.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("bad.x12: 1 transaction set(s), 1 error(s), 0 warning(s)")
                .contains("ERROR [IMPLEMENTATION_GUIDE INVALID_CODE_VALUE] ISA 000000001 / GS 1 / ST 0001 / "
                        + "segment 4 IK5 (loop 2000) / element 1");
    }

    @Test
    void shouldPrintThe999OfAFile() throws Exception {
        Path bad = file("bad.x12", interchange999(ACK_BODY.replace("IK5*A", "IK5*Q")));

        Run r = run("ack", bad.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ISA*00*").contains("ST*999*0001*005010X231A1~").contains("IK4*1**I6~").contains("IK5*R*I5~")
                .contains("AK9*R*1*1*0~");
        TypedResult<Ack999> ack = X12Toolkit.readTyped(r.out().getBytes(StandardCharsets.UTF_8), Ack999.class);
        assertThat(ack.findings()).isEmpty();
        assertThat(ack.values().get(0).response().code()).isEqualTo(GroupAckCode.R);
    }

    @Test
    void shouldShowAnOutlineOfEnvelopesAndLoops() throws Exception {
        Path ok = file("ok.x12", interchange999(ACK_BODY));

        Run r = run("show", ok.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ISA 000000001  ZZ:SENDER -> ZZ:RECEIVER").contains("  GS 1  FA")
                .contains("    ST 999 0001 005010X231A1").contains("      2  AK1*HC*17456*005010X222A1")
                .contains("      loop 2000\n        3  AK2*837*0001*005010X222A1");
    }

    @Test
    void shouldAnswerUsageErrorsWithExitTwo() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run("validate").exit()).isEqualTo(2);
        Run missing = run("validate", dir.resolve("nope.x12").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read");
        assertThat(run("help").out()).contains("usage: revcycle x12");
    }
}
