package org.vndiplomacy.kg.store;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.changes.RDFChangesWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The RDF Patch of the builds of a store, for read replicas, kept in the store's folder until a build completes.
 *
 * <p>A build's write transaction is told to {@link #changes()}, which writes it to {@value #TRANSACTION} ({@code TX},
 * a {@code D} row for every quad deleted, an {@code A} row for every quad added, {@code TC}) and forces it to the disk
 * when the transaction commits, before TDB2 commits it. Once TDB2 has committed, {@link #committed()} appends it to
 * {@value #PENDING}: the transactions the store holds that no published patch has. A build that completes publishes
 * them ({@link #publish}: an {@code H id} header and every pending transaction, in order, to the {@code --patch}
 * file, which must not exist yet) and only then removes them. So a build that fails after its graphs' commit leaves
 * its transaction pending, and the next build that completes publishes it with its own.
 *
 * <p>A kill between TDB2's commit and {@link #committed()} leaves {@value #TRANSACTION} whole; the next build decides
 * by {@link #recover} whether TDB2 committed it (the store holds every quad it adds, and none it deletes and does not
 * add again) and keeps it pending, or drops it.
 */
public final class PatchWriter implements AutoCloseable {

    /** The transaction of the build in progress. */
    static final String TRANSACTION = "patch.transaction";
    /** The committed transactions not yet published. */
    static final String PENDING = "patch.pending";

    private final StoreLayout layout;
    private final FileOutputStream file;
    private final OutputStream out;
    private final RDFChanges changes;
    private boolean committed;
    private volatile boolean forced;

    private PatchWriter(StoreLayout layout) throws IOException {
        this.layout = layout;
        this.file = new FileOutputStream(transaction(layout).toFile());
        this.out = new BufferedOutputStream(file, 1 << 16);
        this.changes = new RDFChangesWrapper(RDFPatchOps.textWriter(out)) {
            @Override
            public void txnCommit() {
                super.txnCommit();
                try {
                    // on the disk before TDB2 commits: a store that committed always has its transaction
                    out.flush();
                    file.getChannel().force(true);
                    forced = true;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the patch " + transaction(layout), e);
                }
            }
        };
    }

    /** Starts recording the transaction of a build of the store in {@value #TRANSACTION} of its folder. */
    public static PatchWriter open(StoreLayout layout) throws IOException {
        return new PatchWriter(Objects.requireNonNull(layout, "layout"));
    }

    /** What the store's changes are told of. */
    public RDFChanges changes() {
        return changes;
    }

    /**
     * TDB2 committed the transaction: it joins the pending ones. If that fails, the transaction stays for the next
     * build's {@link #recover}.
     */
    public void committed() throws IOException {
        committed = true;
        changes.finish();
        out.close();
        append(layout);
    }

    /**
     * Deletes the transaction if the build failed before its commit. One that failed in TDB2's commit, after the
     * transaction was forced to the disk, may or may not have committed: it stays for the next build's
     * {@link #recover}.
     */
    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            if (!forced) {
                Files.deleteIfExists(transaction(layout));
            }
        }
    }

    /** Whether the store has committed transactions that no published patch holds. */
    public static boolean pending(StoreLayout layout) {
        return Files.exists(layout.root().resolve(PENDING));
    }

    /**
     * Settles the transaction a killed build left behind: pending if {@code store} holds what it wrote, dropped if not.
     * Reads the whole transaction into memory.
     */
    public static void recover(StoreLayout layout, DatasetGraph store) throws IOException {
        Path transaction = transaction(layout);
        if (!Files.exists(transaction)) {
            return;
        }
        if (committedIn(transaction, store)) {
            append(layout);
        } else {
            Files.delete(transaction);
        }
    }

    /**
     * Publishes the pending transactions to {@code target} (written under a temporary name beside it, forced to the
     * disk, then moved into place), then removes them from the store's folder. A kill between the move and the removal
     * makes the next build publish them again, before its own: each transaction replaces whole graphs, so a replica
     * that applies one twice, in order, ends as the primary did.
     *
     * @throws FileAlreadyExistsException when {@code target} exists: it may hold changes a replica has not applied
     */
    public static void publish(StoreLayout layout, Path target) throws IOException {
        Path file = target.toAbsolutePath();
        refuseExisting(file);
        Path temp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (FileOutputStream stream = new FileOutputStream(temp.toFile())) {
            stream.write(("H id <uuid:" + UUID.randomUUID() + "> .\n").getBytes(StandardCharsets.US_ASCII));
            Path pending = layout.root().resolve(PENDING);
            if (Files.exists(pending)) {
                Files.copy(pending, stream);
            }
            stream.getChannel().force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            refuseExisting(file);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.deleteIfExists(layout.root().resolve(PENDING));
    }

    /** Refuses a patch file that exists, before a build writes anything. */
    public static void refuseExisting(Path target) throws FileAlreadyExistsException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "--patch: the file exists, and may hold "
                    + "changes a replica has not applied yet; move it away first (nothing was built)");
        }
    }

    private static Path transaction(StoreLayout layout) {
        return layout.root().resolve(TRANSACTION);
    }

    /** Appends the transaction to the pending ones (a new file, forced to the disk and moved into place). */
    private static void append(StoreLayout layout) throws IOException {
        Path pending = layout.root().resolve(PENDING);
        Path next = layout.root().resolve(PENDING + ".next");
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream stream = java.nio.channels.Channels.newOutputStream(channel);
            if (Files.exists(pending)) {
                Files.copy(pending, stream);
            }
            Files.copy(transaction(layout), stream);
            stream.flush();
            channel.force(true);
        }
        Files.move(next, pending, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(transaction(layout));
    }

    /** Whether the store holds the end state of the transaction: each quad it adds, none it deletes for good. */
    private static boolean committedIn(Path transaction, DatasetGraph store) throws IOException {
        String text = Files.readString(transaction, StandardCharsets.UTF_8);
        if (!text.endsWith("TC .\n")) {
            // cut short before its end: it was never forced to the disk, so TDB2 never committed it
            return false;
        }
        Set<Quad> added = new HashSet<>();
        Set<Quad> deleted = new HashSet<>();
        try (InputStream in = Files.newInputStream(transaction)) {
            RDFPatchOps.read(in).apply(new RDFChangesBase() {
                @Override
                public void add(Node g, Node s, Node p, Node o) {
                    Quad quad = Quad.create(g, s, p, o);
                    deleted.remove(quad);
                    added.add(quad);
                }

                @Override
                public void delete(Node g, Node s, Node p, Node o) {
                    Quad quad = Quad.create(g, s, p, o);
                    added.remove(quad);
                    deleted.add(quad);
                }
            });
        }
        return Txn.calculateRead(store, () -> added.stream().allMatch(store::contains)
                && deleted.stream().noneMatch(store::contains));
    }
}
