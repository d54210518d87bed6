package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;

/**
 * The server refuses a configuration that would let anyone write, or whose timeout or limits are not numbers.
 */
class ServerConfigCheckTest {

    @TempDir
    Path dir;

    private Path variant(String from, String to) throws Exception {
        String text = Files.readString(StoreFixture.CONFIG, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException("config.ttl no longer has: " + from);
        }
        Path file = dir.resolve("config.ttl");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private List<String> problems(Path file) throws Exception {
        StoreConfig config = StoreConfig.read(file, new StoreLayout(dir.resolve("db")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SparqlServer.create(config, 0, Optional.empty()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void updateEndpointWithoutAllowedUsers_refused() throws Exception {
        Path file = variant("fuseki:name \"update\" ; fuseki:allowedUsers \"admin\" ]", "fuseki:name \"update\" ]");
        assertEquals(List.of(file + ": fuseki:endpoint fuseki:update: an endpoint that writes needs "
                + "fuseki:allowedUsers (nothing anonymous may write)"), problems(file));
    }

    @Test
    void graphStoreReadWriteWithoutAllowedUsers_refused() throws Exception {
        Path file = variant("fuseki:operation fuseki:gsp-r ; fuseki:name \"get\"",
                "fuseki:operation fuseki:gsp-rw ; fuseki:name \"get\"");
        assertEquals(List.of(file + ": fuseki:endpoint fuseki:gsp-rw: an endpoint that writes needs "
                + "fuseki:allowedUsers (nothing anonymous may write)"), problems(file));
    }

    @Test
    void timeoutNotANumber_refused() throws Exception {
        Path file = variant("ja:cxtValue \"30000\"", "ja:cxtValue \"abc\"");
        assertEquals(List.of(file + ": arq:queryTimeout: expected milliseconds such as \"30000\" (or "
                + "\"first,overall\"), got \"abc\""), problems(file));
    }

    @Test
    void limitNotAPositiveNumber_refused() throws Exception {
        Path file = variant("ja:cxtValue \"100000\"", "ja:cxtValue \"0\"");
        Path both = dir.resolve("both.ttl");
        Files.writeString(both, Files.readString(file).replace("ja:cxtValue \"1048576\"",
                "ja:cxtValue \"1 MiB\""));
        assertEquals(List.of(both + ": vnkg:resultLimit: expected a positive whole number such as \"100000\", "
                + "got \"0\"", both + ": vnkg:requestBodyLimit: expected a positive whole number such as "
                + "\"100000\", got \"1 MiB\""), problems(both));
    }

    @Test
    void turtleSyntaxError_namesTheFileAndPlace() throws Exception {
        Path file = variant("fuseki:name \"kg\" ;", "fuseki:name \"kg\" ;;; <");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StoreConfig.read(file, new StoreLayout(dir.resolve("db"))));
        assertEquals(1, e.problems().size());
        String problem = e.problems().get(0).toString();
        assertEquals(file + ": 34:1: not valid Turtle: Broken IRI (newline):", problem);
    }
}
