package org.vndiplomacy.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.StoreWriteException.Outcome;

/**
 * Which failures of a build are write errors of its store: failures that the file system gives for files inside the
 * store (a file in the way of the dumps folder) and write-only reasons without a file are; failures reading the
 * input (a seed file that is missing or not UTF-8) are not, and go on as they were.
 */
class StoreWriteExceptionTest {

    private static final String COMMITTED = "the new graphs were committed but the build did not finish: the store %s"
            + " is marked as interrupted and the next build completes it";

    @TempDir
    Path dir;

    @Test
    void of_aFileInTheWayOfTheDumpsFolder_aWriteErrorWithAReason() throws IOException {
        StoreLayout layout = new StoreLayout(dir.resolve("db"));
        Files.createDirectories(layout.root());
        Files.writeString(layout.dumps(), "not a folder");
        IOException failure = assertThrows(FileAlreadyExistsException.class,
                () -> Files.createDirectory(layout.dumps()));

        StoreWriteException e = StoreWriteException.of(new UncheckedIOException(failure), layout, layout.dumps(),
                Outcome.COMMITTED).orElseThrow();

        assertEquals("cannot write " + layout.dumps() + ": a file is in the way; " + COMMITTED.formatted(
                layout.root()), e.getMessage());
        assertEquals(Outcome.COMMITTED, e.outcome());
        assertEquals(Optional.of(layout.dumps() + ": a file is in the way"), StoreWriteException.ioReason(
                new UncheckedIOException(failure)));
    }

    @Test
    void of_aSeedFileThatIsMissing_notAWriteError() throws IOException {
        StoreLayout layout = new StoreLayout(dir.resolve("db"));
        Files.createDirectories(layout.database());
        Path seed = dir.resolve("seeds/annotations/001.json");
        IOException failure = assertThrows(NoSuchFileException.class, () -> Files.readString(seed));

        assertEquals(Optional.empty(), StoreWriteException.of(new UncheckedIOException(failure), layout,
                layout.database(), Outcome.ROLLED_BACK));
        assertEquals(Optional.of(seed + ": no such file or folder"), StoreWriteException.ioReason(failure));
    }

    @Test
    void of_aSeedFileThatIsNotUtf8_notAWriteError() throws IOException {
        StoreLayout layout = new StoreLayout(dir.resolve("db"));
        Files.createDirectories(layout.database());
        Path seed = Files.write(dir.resolve("001.txt"), new byte[] {'V', 'i', (byte) 0xC3, '!'});
        IOException failure = assertThrows(MalformedInputException.class, () -> Files.readString(seed));

        assertEquals(Optional.empty(), StoreWriteException.of(new UncheckedIOException(failure), layout,
                layout.database(), Outcome.ROLLED_BACK));
    }

    @Test
    void of_aFullDiskWithoutAFile_aWriteErrorOfTheFolder() {
        StoreLayout layout = new StoreLayout(dir.resolve("db"));
        // what FileChannel's and FileOutputStream's writes throw on a full disk: the reason, no file
        IOException failure = new IOException("No space left on device");

        StoreWriteException e = StoreWriteException.of(new IllegalStateException("write failed", failure), layout,
                layout.textIndex(), Outcome.COMMITTED).orElseThrow();

        assertEquals("cannot write " + layout.textIndex() + ": No space left on device; " + COMMITTED.formatted(
                layout.root()), e.getMessage());
    }

    @Test
    void of_aFileSystemErrorOutsideTheStore_notAWriteError() {
        StoreLayout layout = new StoreLayout(dir.resolve("db"));
        IOException failure = new java.nio.file.FileSystemException(dir.resolve("db-elsewhere/x").toString(), null,
                "Read-only file system");

        assertEquals(Optional.empty(), StoreWriteException.of(failure, layout, layout.root(), Outcome.ROLLED_BACK));
    }
}
