package io.revcycle.stack.demo;

import java.io.PrintStream;

/** A one-line progress bar on stderr, so stdout stays clean for --json. */
public final class Progress {

    private final PrintStream out;
    private final boolean enabled;
    private String stage = "";
    private int total;
    private int last = -1;

    public Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    public static Progress silent() {
        return new Progress(System.err, false);
    }

    public synchronized void message(String text) {
        if (enabled) {
            out.println("» " + text);
        }
    }

    public synchronized void stage(String name, int total) {
        if (last >= 0) {
            done();
        }
        this.stage = name;
        this.total = total;
        this.last = -1;
        update(0);
    }

    public synchronized void update(int current) {
        if (!enabled || current == last) {
            return;
        }
        last = current;
        int width = 30;
        int filled = total == 0 ? width : Math.min(width, current * width / total);
        out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + current + "/" + total + " " + stage);
        out.flush();
    }

    public synchronized void done() {
        if (enabled && last >= 0) {
            out.println();
        }
        last = -1;
    }
}
