package org.vndiplomacy.kg.bench;

/**
 * One measured run of a tool on the corpus: what it made (statements) and what it cost; or why it made nothing.
 * {@code detail} says how it was run (a loader, an option) and anything to know to read the figure.
 */
record Measurement(String tool, String detail, long quads, ChildProcess.Result cost, String failure) {

    static Measurement failed(String tool, String detail, String failure) {
        return new Measurement(tool, detail, 0, null, failure);
    }

    boolean ok() {
        return failure == null && cost != null && cost.seconds() > 0;
    }

    /** Statements per second of wall-clock time. */
    double rate() {
        return ok() ? quads / cost.seconds() : Double.NaN;
    }
}
