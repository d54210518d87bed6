package org.vndiplomacy.kg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVMs on the test's class path, for commands that a test kills or lets fail on a file system it mounts. They
 * run with a small heap, the serial collector and the first compiler only: a build of a few seconds then takes a
 * third of the time it takes while the optimizing compiler competes for the machine's two cores.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * The StAX factories the test JVM was told to use (the pom's {@code jdk.stax}): the test class path also holds
     * Spark's provided-scope jars, whose XML parser Jena would otherwise find and complain about on stderr.
     */
    private static final List<String> STAX = List.of("javax.xml.stream.XMLInputFactory",
            "javax.xml.stream.XMLOutputFactory", "javax.xml.stream.XMLEventFactory");

    /** The command line that runs {@code mainClass} with {@code args}. */
    static List<String> command(Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        for (String property : STAX) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        return command;
    }

    /** The command line of {@code build} over the given seeds into the given store. */
    static List<String> build(Path seeds, Path db, Path config) {
        return command(MainCommand.class, List.of("build", "--seeds", seeds.toString(), "--ontology", "ontology",
                "--db", db.toString(), "--config", config.toString()));
    }
}
