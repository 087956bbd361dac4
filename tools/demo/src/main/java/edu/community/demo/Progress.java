package edu.community.demo;

import java.io.PrintStream;

/** A progress bar on the terminal (standard error), redrawn in place. */
final class Progress {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final String label;
    private final int total;
    private int done;

    Progress(PrintStream out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    synchronized void advance(int by) {
        done += by;
        int filled = (int) ((long) WIDTH * done / total);
        out.print("\r" + label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
