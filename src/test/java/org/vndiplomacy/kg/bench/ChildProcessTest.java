package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command run as a child process: its exit code, its output in the log, and the limit on its time. */
class ChildProcessTest {

    @Test
    void run_shortCommand_exitCodeAndOutputInTheLog(@TempDir Path folder) throws IOException {
        Path log = folder.resolve("logs/echo.log");
        ChildProcess.Result result = ChildProcess.run(Command.of("sh", "-c", "echo hello; exit 3"), folder, log);
        assertEquals(3, result.exitCode());
        assertEquals("hello\n", Files.readString(log, StandardCharsets.UTF_8));
        assertTrue(result.seconds() > 0);
    }

    @Test
    void run_longerThanItsLimit_stoppedAndTimedOut(@TempDir Path folder) throws IOException {
        Path log = folder.resolve("sleep.log");
        ChildProcess.Result result = ChildProcess.run(Command.of("sleep", "30"), folder, log,
                Duration.ofMillis(300));
        assertEquals(ChildProcess.TIMED_OUT, result.exitCode());
        assertTrue(result.seconds() < 20, "stopped at once: " + result.seconds());
        assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("stopped after"));
    }

    @Test
    void start_theParentJvmStopped_theChildStoppedToo(@TempDir Path folder) throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ChildProcessHolder.class.getName(),
                folder.resolve("sleep.log").toString()).redirectError(folder.resolve("parent.err").toFile()).start();
        long pid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(),
                StandardCharsets.UTF_8))) {
            pid = Long.parseLong(out.readLine());
        }
        Optional<ProcessHandle> child = ProcessHandle.of(pid);
        assertTrue(child.isPresent() && child.get().isAlive());
        try {
            parent.destroy(); // SIGTERM, as a user stops loadtest
            assertTrue(parent.waitFor(60, TimeUnit.SECONDS));
            child.get().onExit().get(30, TimeUnit.SECONDS);
            assertTrue(!child.get().isAlive(), "the child outlived its parent: " + pid);
        } finally {
            child.get().destroyForcibly();
            parent.destroyForcibly();
        }
    }
}
