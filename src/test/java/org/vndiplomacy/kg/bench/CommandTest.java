package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commands as the report prints them: relative to the project folder, quoted for a shell. */
class CommandTest {

    private static final Path ROOT = Path.of("/home/me/kg");

    @Test
    void shown_projectPathsRelativeAndTheJvmAsJava() {
        Command command = Command.of("/usr/lib/jvm/java-17/bin/java", "-jar", "/home/me/kg/target/kg.jar", "build",
                "--db", "/home/me/kg/target/bench/db-ours");
        assertEquals("java -jar target/kg.jar build --db target/bench/db-ours",
                command.shown(ROOT, "/usr/lib/jvm/java-17/bin/java"));
    }

    @Test
    void shown_sqlInDoubleQuotesAndOtherSpecialsInSingleQuotes() {
        assertEquals("isql-vt 127.0.0.1:1111 dba dba \"exec=ld_dir('target/x', '*.nq', 'urn:g');\"",
                Command.of("isql-vt", "127.0.0.1:1111", "dba", "dba", "exec=ld_dir('/home/me/kg/target/x', '*.nq', "
                        + "'urn:g');").shown(ROOT, "java"));
        assertEquals("echo 'a \"b\" $c'", Command.of("echo", "a \"b\" $c").shown(ROOT, "java"));
    }

    @Test
    void shown_environmentFirst() {
        Command command = new Command(List.of("bin/tool"), Map.of("JVM_ARGS", "-Xmx4g"));
        assertEquals("JVM_ARGS=-Xmx4g bin/tool", command.shown(ROOT, "java"));
    }

    @Test
    void constructor_noProgram_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Command(List.of(), Map.of()));
    }
}
