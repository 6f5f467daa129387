package io.revcycle.remittance;

import static io.revcycle.remittance.RemittancePostingTest.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

/**
 * The public 835 examples in {@code <repo root>/../shared/samples/x12} (read in place, never copied into the repo)
 * lack the payer technical contact PER*BL that 005010X221A1 requires: each is rejected whole with that finding and
 * nothing of it is posted. Skips when the folder is absent.
 */
@QuarkusTest
@TestSecurity(user = "denials-1", roles = { Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER, Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "remittance"))
class SharedSample835Test {

    @Test
    void shouldRejectEachShared835WithoutThePayerTechnicalContactAndPostNothing() throws IOException {
        List<Path> samples = samples();
        for (Path sample : samples) {
            String name = sample.getFileName().toString();
            upload(Files.readAllBytes(sample), name).statusCode(422).contentType("application/problem+json")
                    .body("errors.message", hasItem(containsString("835_PAYER_TECHNICAL_CONTACT")));

            String fileId = given().queryParam("status", "REJECTED").get("/remittance-files").then().statusCode(200)
                    .body("find { it.fileName == '" + name + "' }.findings",
                            hasItem(containsString("PER*BL")))
                    .extract().path("find { it.fileName == '" + name + "' }.fileId");
            given().get("/remittance-files/{fileId}", fileId).then().statusCode(200)
                    .body("status", equalTo("REJECTED")).body("transactions", empty());
        }
    }

    private static List<Path> samples() throws IOException {
        Path folder = folder();
        Assumptions.assumeTrue(Files.isDirectory(folder), "no shared sample folder at " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith("lfh__835_")
                    && p.getFileName().toString().endsWith(".835")).sorted().toList();
            Assumptions.assumeFalse(found.isEmpty(), "no lfh__835_*.835 in " + folder);
            return found;
        }
    }

    /** {@code <repo root>/../shared/samples/x12}, the repo root being the first parent with a pom.xml and this module. */
    private static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("remittance-service"))) {
                return p.resolveSibling("shared").resolve("samples").resolve("x12");
            }
        }
        return dir.resolveSibling("shared").resolve("samples").resolve("x12");
    }
}
