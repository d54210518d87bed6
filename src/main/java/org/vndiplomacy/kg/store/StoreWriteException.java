package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A build could not write to its store: the file or folder it was writing, the operating system's reason (such as
 * {@code No space left on device} or {@code Read-only file system}), and what became of the store, in one line:
 * {@code cannot write /srv/kg/db/dataset: No space left on device; the build was rolled back, the store /srv/kg/db
 * answers as before}.
 */
public final class StoreWriteException extends IOException {

    /** What a failed build left in its store. */
    public enum Outcome {
        /** Nothing was written yet (opening the store, marking the build as begun). */
        NOTHING_WRITTEN("nothing was written, the store %s is as it was"),
        /** The write transaction of the graphs failed before its commit and was aborted. */
        ROLLED_BACK("the build was rolled back, the store %s answers as before"),
        /** The commit of the graphs itself failed: TDB2's journal decides whether it took place. */
        IN_COMMIT("the build stopped in its commit: the store %s holds either the previous graphs or the new ones, "
                + "and is marked as interrupted until a build completes"),
        /** The graphs were committed; the text index, the dumps or the stamp were not brought up to date. */
        COMMITTED("the new graphs were committed but the build did not finish: the store %s is marked as "
                + "interrupted and the next build completes it");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }
    }

    /** Below this much free space, a fault in a memory-mapped file is taken to be the disk's being full. */
    private static final long NEARLY_FULL = 1 << 20;

    /** The operating system's reasons that only a write gives (Linux's texts of ENOSPC, EROFS, EDQUOT, EFBIG). */
    private static final Set<String> WRITE_REASONS = Set.of("No space left on device", "Read-only file system",
            "Disk quota exceeded", "File too large");

    private final Outcome outcome;

    private StoreWriteException(String message, Outcome outcome, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    /** What the failed build left in the store. */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The failure as a write error of the store, if it is one (but a lock that another process holds): among its
     * causes, an {@link IOException} that names a file inside the store's folder, or one that names no file and gives
     * a reason only a write has ({@code No space left on device}, {@code Read-only file system}, {@code Disk quota
     * exceeded}, {@code File too large}); or the JVM's report of a fault in a memory-mapped file (TDB2 maps its
     * indexes; writing to a page of a full disk faults, and the JVM gives no reason, so the free space is told).
     * Any other failure, such as an input file that cannot be read while the load streams it, is not one. The path
     * is the file that the operating system named, or else {@code folder}.
     */
    public static Optional<StoreWriteException> of(Throwable failure, StoreLayout layout, Path folder,
            Outcome outcome) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(outcome, "outcome");
        if (locked(failure)) {
            return Optional.empty();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io && ofTheStore(io, layout)) {
                return Optional.of(new StoreWriteException(message(path(io, folder), reason(io), layout, outcome),
                        outcome, failure));
            }
            if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")) {
                return Optional.of(new StoreWriteException(message(folder, mappedFault(folder), layout, outcome),
                        outcome, failure));
            }
        }
        return Optional.empty();
    }

    /** Whether a failure of input or output is the store's: see {@link #of}. */
    private static boolean ofTheStore(IOException e, StoreLayout layout) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            Path root = layout.root().toAbsolutePath().normalize();
            return Path.of(fs.getFile()).toAbsolutePath().normalize().startsWith(root);
        }
        return WRITE_REASONS.contains(String.valueOf(e.getMessage()));
    }

    /**
     * The file and the operating system's reason of the first {@link IOException} among the causes, if any (but a
     * lock another process holds), such as {@code /srv/kg/db/dataset/tdb.lock: Read-only file system}.
     */
    public static Optional<String> ioReason(Throwable failure) {
        if (locked(failure)) {
            return Optional.empty();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return Optional.of(io instanceof FileSystemException fs && fs.getFile() != null
                        ? fs.getFile() + ": " + reason(io) : reason(io));
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is a lock that another process holds (TDB2's or Lucene's): not a write error. */
    private static boolean locked(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LockObtainFailedException
                    || String.valueOf(t.getMessage()).contains("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }

    private static String message(Path path, String reason, StoreLayout layout, Outcome outcome) {
        return "cannot write " + path + ": " + reason + "; " + String.format(Locale.ROOT, outcome.text,
                layout.root());
    }

    private static Path path(IOException e, Path folder) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return Path.of(fs.getFile()).toAbsolutePath();
        }
        return folder;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            // the JDK gives these without a reason: their message is only the file's name
            if (fs instanceof FileAlreadyExistsException) {
                return "a file is in the way";
            }
            if (fs instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (fs instanceof AccessDeniedException) {
                return "permission denied";
            }
            return fs.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String mappedFault(Path folder) {
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            long free = Files.getFileStore(existing).getUsableSpace();
            return free < NEARLY_FULL ? "No space left on device"
                    : String.format(Locale.ROOT, "a write to a memory-mapped file failed (%,d bytes free)", free);
        } catch (IOException | RuntimeException e) {
            return "a write to a memory-mapped file failed";
        }
    }
}
