package io.revcycle.stack.demo;

import java.io.PrintStream;

/**
 * Progress on stderr, so stdout stays clean for --json: on a terminal a bar redrawn in place; redirected, one line
 * per stage when it ends (no carriage-return updates piling up on one line of a log file).
 */
public final class Progress {

    private final PrintStream out;
    private final boolean enabled;
    private final boolean interactive;
    private String stage = "";
    private int total;
    private int last = -1;

    public Progress(PrintStream out, boolean enabled) {
        this(out, enabled, System.console() != null);
    }

    public Progress(PrintStream out, boolean enabled, boolean interactive) {
        this.out = out;
        this.enabled = enabled;
        this.interactive = interactive;
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
        if (!interactive) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : Math.min(width, current * width / total);
        out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + current + "/" + total + " " + stage);
        out.flush();
    }

    public synchronized void done() {
        if (enabled && last >= 0) {
            if (interactive) {
                out.println();
            } else {
                out.println("» " + stage + ": " + last + "/" + total);
            }
        }
        last = -1;
    }
}
