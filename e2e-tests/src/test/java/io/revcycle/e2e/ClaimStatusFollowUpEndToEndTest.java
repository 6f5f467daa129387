package io.revcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;
import io.revcycle.stack.demo.DemoDriver;
import io.revcycle.stack.demo.EdiFolder;
import io.revcycle.stack.demo.Progress;
import io.revcycle.stack.demo.SyntheticEncounters;
import io.revcycle.stack.demo.SyntheticEncounters.Case;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;

/**
 * The 276/277 loop between claims-service and the payer simulator, as the services are wired: real broker, EDI
 * gateway and X12 files both ways. The simulator sits on the claim (277CA A2, then no 835); with claims-service's
 * clock past the payer's follow-up days (SYNPAYER1 and SYNPAYER2: 30) its job sends a 276, and the simulator's 277
 * answer lands on the claim's timeline. Last on the shared stack: it restarts those two services with other settings
 * and back.
 */
@Order(4) // on the shared stack (SharedStack): after the bench, RevenueCycle and CoordinationOfBenefits
@ExtendWith(SharedStack.Resolver.class)
class ClaimStatusFollowUpEndToEndTest {

    private static LocalStack stack;
    private static ApiClient api;

    @BeforeAll
    static void useSharedStack(SharedStack shared) {
        stack = shared.stack;
        api = new ApiClient().as(stack.tokens().user("billing-manager"));
    }

    @Test
    void shouldAskAboutAClaimThePayerSitsOnWithA276AndPutThe277AnswerOnItsTimeline() throws Exception {
        // a professional visit that goes straight through coding to an 837 (no coder, no hold, member id right)
        Case c = SyntheticEncounters.generate(40, 2760L).stream()
                .filter(x -> !x.needsCoder() && !x.mistypedMemberId() && !x.facility() && !x.inpatient()
                        && !ExpectedAdjudication.of(x).held())
                .findFirst().orElseThrow();
        String claimId = "CLM-" + c.encounter().encounterId();
        try {
            stack.restart(ServiceApp.PAYER_SIMULATOR, Map.of("revcycle.payer.sit-on-claims.share", "1.0"));
            DemoDriver driver = new DemoDriver(stack::url, stack.tokens(), Progress.silent());
            driver.register(List.of(c));
            driver.document(c);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> "ACCEPTED".equals(claim(claimId).path("status").asText()));

            // 31 days on for claims-service, its follow-up job every second
            stack.restart(ServiceApp.CLAIMS, Map.of("revcycle.clock.offset", "P31D",
                    "revcycle.claims.follow-up.poll", "1s"));

            String answer = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> timeline(claimId).stream().filter(t -> t.startsWith("277 claim status from "
                            + c.coverage().payerId())).findFirst().orElse(null), a -> a != null);
            assertThat(answer).contains("answer to 276 trace RC276").contains("P1:20");
            assertThat(timeline(claimId)).anyMatch(t -> t.contains("276"));
            assertThat(claim(claimId).path("status").asText()).as("the claim follows the 835, not the 277")
                    .isEqualTo("ACCEPTED");
            // the files went through the EDI gateway both ways and validate clean (SNIP 1-4)
            assertThat(cleanFiles("to-payer", "276")).isNotEmpty();
            assertThat(cleanFiles("from-payer", "277")).isNotEmpty();
        } finally {
            stack.restart(ServiceApp.CLAIMS, Map.of());
            stack.restart(ServiceApp.PAYER_SIMULATOR, Map.of());
        }
    }

    private static JsonNode claim(String claimId) {
        return api.get(stack.url(ServiceApp.CLAIMS) + "/claims/" + claimId).body();
    }

    private static List<String> timeline(String claimId) {
        List<String> causes = new ArrayList<>();
        api.get(stack.url(ServiceApp.CLAIMS) + "/claims/" + claimId + "/timeline").body()
                .forEach(t -> causes.add(t.path("cause").asText()));
        return causes;
    }

    /** The run's files of this type in that folder; each must validate without errors. */
    private static List<Path> cleanFiles(String folder, String type) throws Exception {
        List<Path> files = EdiFolder.files(stack.ediDir()).stream()
                .filter(p -> p.getParent().getFileName().toString().equals(folder)
                        && p.getFileName().toString().endsWith("-" + type + ".x12"))
                .toList();
        for (Path f : files) {
            assertThat(X12Toolkit.validate(Files.readAllBytes(f)).stream().filter(Finding::isError).toList())
                    .as(f.getFileName().toString()).isEmpty();
        }
        return files;
    }
}
