package org.vndiplomacy.kg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchOps;

/**
 * The RDF Patch of one build, for read replicas: every quad the build's write transaction deleted ({@code D}) and
 * added ({@code A}), between {@code TX} and {@code TC}, after an {@code H id} header. It is written under a temporary
 * name and moved into place by {@link #commit} once the store has committed; {@link #abort} deletes it.
 */
public final class PatchWriter implements AutoCloseable {

    private final Path file;
    private final Path temp;
    private final OutputStream out;
    private final RDFChanges changes;
    private boolean committed;

    private PatchWriter(Path file) throws IOException {
        this.file = file.toAbsolutePath();
        this.temp = this.file.resolveSibling("." + this.file.getFileName() + "." + ProcessHandle.current().pid()
                + ".tmp");
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        this.changes = RDFPatchOps.textWriter(out);
        changes.start();
        changes.header("id", NodeFactory.createURI("uuid:" + UUID.randomUUID()));
    }

    /** Starts the patch in {@code file} (whose folder must exist). */
    public static PatchWriter open(Path file) throws IOException {
        return new PatchWriter(Objects.requireNonNull(file, "file"));
    }

    /** What the store's changes are told of. */
    public RDFChanges changes() {
        return changes;
    }

    /** Finishes the patch and moves it into place: the store has committed what it says. */
    public void commit() throws IOException {
        changes.finish();
        out.close();
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Deletes the patch unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(temp);
        }
    }
}
