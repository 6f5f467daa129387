package io.revcycle.payersim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.validate.Finding;

/** The public 837 samples (../shared/samples/x12, when present) through the simulator's intake: each gets a 999. */
@QuarkusTest
@TestSecurity(user = "integration-1", roles = { Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "payer_simulator"))
class PayerSimulatorSamplesTest {

    private static final Path SAMPLES = Path.of("..", "..", "shared", "samples", "x12");

    @Test
    void shouldAcknowledgeEverySample837AsItsFindingsImply() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "no shared X12 samples here");
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.filter(p -> p.getFileName().toString().matches("lfh__837_.*\\.837i?")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no 837 samples");
        // every sample is sent by the same ISA06: its 999s come back in the order the samples went in
        String sender = X12Reader.read(Files.readAllBytes(files.get(0))).interchanges().get(0).senderId().strip();
        for (Path f : files) {
            byte[] content = Files.readAllBytes(f);
            PayerAnswers.send(sender, "SAMPLES", content);
        }
        List<String> acks = PayerAnswers.first(sender, "999", files.size());
        for (int i = 0; i < files.size(); i++) {
            List<Finding> findings = X12Toolkit.validate(Files.readAllBytes(files.get(i)));
            Ack999 ack = PayerAnswers.acks(acks.get(i)).get(0);
            boolean clean = findings.stream().noneMatch(Finding::isError);
            assertThat(ack.response().code() != Ack999.GroupAckCode.R && ack.response().code() != Ack999.GroupAckCode.P)
                    .as(files.get(i).getFileName() + " accepted").isEqualTo(clean);
        }
    }
}
