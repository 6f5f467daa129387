package io.revcycle.console.config;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode.Origin;

/**
 * Every time a screen shows, in the console's zone to the second ("2026-12-08 09:14:03 CST"): the services answer in
 * UTC with microseconds, which a clerk should not have to convert. One result mapper for all templates, so no screen
 * can forget it.
 */
@ApplicationScoped
public class ShownTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    /** An instant as the screens show it. */
    public static String shown(Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone));
    }

    void showInstantsInZone(@Observes EngineBuilder engine, ConsoleConfig config) {
        ZoneId zone = config.zone();
        engine.addResultMapper(new ResultMapper() {
            @Override
            public int getPriority() {
                return 100; // before the HTML escaper, which a formatted time does not need
            }

            @Override
            public boolean appliesTo(Origin origin, Object result) {
                return result instanceof Instant;
            }

            @Override
            public String map(Object result, Expression expression) {
                return shown((Instant) result, zone);
            }
        });
    }
}
