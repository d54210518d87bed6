package org.vndiplomacy.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.validate.InvalidInputException;

/** The query timeout as the configuration file sets it, which {@code query} uses by default. */
class StoreConfigTest {

    @TempDir
    Path dir;

    private StoreConfig withTimeout(String value) throws Exception {
        Path file = dir.resolve("config.ttl");
        String text = Files.readString(StoreFixture.CONFIG);
        Files.writeString(file, value == null
                ? text.replace("ja:context [ ja:cxtName \"arq:queryTimeout\" ; ja:cxtValue \"30000\" ] ;", "")
                : text.replace("\"30000\"", "\"" + value + "\""));
        return StoreConfig.read(file, new StoreLayout(dir.resolve("db")));
    }

    @Test
    void queryTimeout_projectConfiguration_30s() throws Exception {
        assertEquals(Optional.of(Duration.ofSeconds(30)),
                StoreConfig.read(StoreFixture.CONFIG, new StoreLayout(dir)).queryTimeout());
    }

    @Test
    void queryTimeout_firstAndOverall_theOverallOne() throws Exception {
        assertEquals(Optional.of(Duration.ofMillis(20_500)), withTimeout("1000,20500").queryTimeout());
    }

    @Test
    void queryTimeout_none_empty() throws Exception {
        assertEquals(Optional.empty(), withTimeout(null).queryTimeout());
    }

    @Test
    void queryTimeout_notANumber_problemWithTheFile() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> withTimeout("30s").queryTimeout());
        assertEquals(List.of(dir.resolve("config.ttl") + ": arq:queryTimeout: expected milliseconds such as "
                + "\"30000\" (or \"first,overall\"), got \"30s\""), e.problems().stream().map(Object::toString)
                .toList());
    }
}
