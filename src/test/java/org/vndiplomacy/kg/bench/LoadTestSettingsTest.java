package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A load test is bounded in clients and time, and goes to the loopback only. */
class LoadTestSettingsTest {

    private static LoadTestSettings settings(int clients, int seconds, String host, Integer timeout) {
        return new LoadTestSettings(Path.of("."), List.of("java"), List.of(), false, clients,
                Duration.ofSeconds(seconds), 42, host, timeout, Path.of("target/loadtest"));
    }

    private static String refused(int clients, int seconds, String host, Integer timeout) {
        return assertThrows(IllegalArgumentException.class, () -> settings(clients, seconds, host, timeout))
                .getMessage();
    }

    @Test
    void new_outOfBounds_refused() {
        assertEquals("--clients: expected 1 to 64, got 0", refused(0, 60, "127.0.0.1", null));
        assertEquals("--clients: expected 1 to 64, got 65", refused(65, 60, "127.0.0.1", null));
        assertEquals("--duration: expected 1 to 3600 seconds, got 0", refused(8, 0, "127.0.0.1", null));
        assertEquals("--duration: expected 1 to 3600 seconds, got 3601", refused(8, 3601, "127.0.0.1", null));
        assertEquals("--query-timeout: expected a positive number of seconds, got 0", refused(8, 60, "::1", 0));
        assertEquals("--host: '10.1.2.3' is not this machine's loopback (127.0.0.1, localhost or ::1); the load test "
                + "sends requests to nothing else", refused(8, 60, "10.1.2.3", null));
    }

    @Test
    void timings_fromTheDurationAndTimeout() {
        assertEquals(Duration.ofSeconds(40), settings(8, 60, "localhost", null).clientTimeout());
        assertEquals(Duration.ofSeconds(130), settings(8, 60, "localhost", 120).clientTimeout());
        assertEquals(2000, settings(8, 60, "localhost", null).sampleIntervalMillis());
        assertEquals(10_000, settings(64, 600, "localhost", null).sampleIntervalMillis());
        assertEquals(3000, settings(1, 180, "localhost", null).sampleIntervalMillis());
    }
}
