package org.vndiplomacy.kg.bench;

import java.nio.file.Path;

/**
 * A JVM that starts a child process ({@code sleep 600}) with {@link ChildProcess}, prints the child's pid and waits:
 * {@link ChildProcessTest} stops it as a user stops {@code loadtest}, and looks for the child.
 */
final class ChildProcessHolder {

    private ChildProcessHolder() {
    }

    public static void main(String[] args) throws Exception {
        ChildProcess child = ChildProcess.start(Command.of("sleep", "600"), Path.of("."), Path.of(args[0]));
        System.out.println(child.pid());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
