package io.revcycle.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The real Keycloak distribution with the committed realm: what the services and the demo rely on. */
class KeycloakServerTest {

    /** Every service the stack runs is an audience of the demo users' and the integration client's tokens. */
    private static final List<String> SERVICES = java.util.Arrays.stream(ServiceApp.values()).map(a -> a.module).toList();

    private static KeycloakServer keycloak;
    private static OidcTokens tokens;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(ProjectLayout.root()
                .resolve("local-stack/target")), "keycloak-test-");
        keycloak = KeycloakServer.start(0, work);
        tokens = new OidcTokens(keycloak.tokenUrl());
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void shouldLogInEveryDemoUserWithExactlyItsRoleForEveryService() {
        for (String user : RevCycleCli.DEMO_USERS) {
            JsonNode claims = OidcTokens.claims(tokens.user(user).get());
            assertThat(claims.path("iss").asText()).as(user).isEqualTo(keycloak.realmUrl());
            assertThat(claims.path("preferred_username").asText()).isEqualTo(user);
            assertThat(texts(claims.path("realm_access").path("roles"))).as(user).containsExactly(user);
            assertThat(texts(claims.path("aud"))).as(user).containsExactlyInAnyOrderElementsOf(SERVICES);
        }
    }

    @Test
    void shouldGiveTheIntegrationServiceAccountOnlyTheIntegrationRole() {
        JsonNode claims = OidcTokens.claims(tokens.integration().get());
        assertThat(claims.path("azp").asText()).isEqualTo(OidcTokens.INTEGRATION_CLIENT);
        assertThat(texts(claims.path("realm_access").path("roles"))).containsExactly("integration");
        assertThat(texts(claims.path("aud"))).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnUnknownUser() {
        assertThatThrownBy(() -> tokens.password("coder", "not-the-password"))
                .isInstanceOfSatisfying(OidcTokens.TokenRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> tokens.password("nobody", OidcTokens.demoPassword("nobody")))
                .isInstanceOfSatisfying(OidcTokens.TokenRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(401));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
