package io.revcycle.stack;

/** A setting given as a -D system property (wins: it reaches surefire's forked JVM) or an environment variable. */
public final class Settings {
    private Settings() {
    }

    public static String get(String name) {
        String value = System.getProperty(name);
        return value != null && !value.isBlank() ? value : System.getenv(name);
    }
}
