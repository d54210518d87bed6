package org.vndiplomacy.kg.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the programs the benchmark runs are found. */
final class Tools {

    private Tools() {
    }

    /** Whether an executable of that name is on the {@code PATH}. */
    static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                return true;
            }
        }
        return false;
    }
}
