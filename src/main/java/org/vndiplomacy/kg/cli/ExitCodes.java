package org.vndiplomacy.kg.cli;

/** The exit codes of every command. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int IO = 1;
    public static final int INVALID = 2;
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
