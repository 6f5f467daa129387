package io.revcycle.console.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.console.config.ConsoleConfig;
import io.revcycle.console.config.ShownTimes;

/**
 * What every page's frame shows: its title, who is logged in with which roles, the screens they may open, and
 * when the data on it was fetched from the services (the console keeps no copy, so that is when it was current).
 */
public record Page(String title, String user, List<String> roles, List<Screen> screens, String fetchedAt) {

    @RequestScoped
    public static class Factory {
        private final SecurityIdentity identity;
        private final ConsoleConfig config;
        private final Clock clock = Clock.systemUTC();

        public Factory(SecurityIdentity identity, ConsoleConfig config) {
            this.identity = identity;
            this.config = config;
        }

        /** A page whose data was fetched now. */
        public Page of(String title) {
            return new Page(title, identity.getPrincipal().getName(), List.copyOf(new TreeSet<>(identity.getRoles())),
                    Screen.allowedTo(identity), fetchedAt());
        }

        /** When a fragment's data was fetched, in the console's zone. */
        public String fetchedAt() {
            return ShownTimes.shown(Instant.now(clock), config.zone());
        }
    }
}
