package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * {@code build} (a child JVM) on a store it cannot write: a read-only store folder, a disk that fills up in the
 * load's write transaction, and a disk that fills up after the commit (in the text index, in the dumps). Each build
 * fails with exit code 1 and one line naming the path, the operating system's reason and what the store holds; the
 * store answers as before (or, after the commit, holds the new graphs and is marked as interrupted); once there is
 * space or permission again, the next build succeeds. Run as root, the root of CI's and the project's machines: the
 * read-only folder is a read-only bind mount (root ignores file modes), the full disks are small tmpfs file systems
 * mounted by the test, and every mount is undone after each test. Where {@code mount} is refused, the tests fail when
 * run as root (uid 0) or with {@code -Dfaults.required=true}, and are skipped, with the reason, for anyone else.
 */
class DiskFaultBuildIT {

    private static final List<String> PHRASES = List.of("bui thanh son", "thu nghiem dien");
    private static final String NEW_NAME = "Thử Nghiệm Diên";

    @TempDir
    static Path shared;

    private static Path base;
    private static Path config;
    private static Path changed;
    private static StoreAnswers before;

    @TempDir
    Path dir;

    private final Deque<Path> mounts = new ArrayDeque<>();

    @BeforeAll
    static void buildTheBase() throws Exception {
        Path probe = Files.createDirectories(shared.resolve("probe"));
        Result probed = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.toString());
        if (probed.exit() != 0) {
            String why = "mount -t tmpfs was refused (exit " + probed.exit() + ": " + probed.err().strip() + ")";
            boolean root = "0".equals(run("id", "-u").out().strip());
            assertFalse(root || Boolean.getBoolean("faults.required"), why + (root ? ", running as root"
                    : ", and -Dfaults.required=true") + ": the disk fault tests cannot run");
            Assumptions.abort(why + "; the disk fault tests need root (uid 0), skipped for a developer who is not");
        }
        assertEquals(0, run("umount", probe.toString()).exit());
        Files.createDirectories(shared.resolve("fuseki-config"));
        config = Files.copy(Path.of("fuseki-config", "config.ttl"), shared.resolve("fuseki-config/config.ttl"));
        base = shared.resolve("base");
        Result built = run(ChildJvm.build(Path.of("seeds"), base, config));
        assertEquals(0, built.exit(), built.err());
        before = StoreAnswers.read(base, config, PHRASES);
        SeedCopy copy = SeedCopy.in(shared.resolve("changed"));
        copy.dropFact("000_18e04e0ee17e3dbf.json", "obs-fdi-2023");
        copy.addAltLabel("000_18e04e0ee17e3dbf.json", "official/nguyen-hong-dien", NEW_NAME);
        changed = copy.seeds();
    }

    @AfterEach
    void unmount() throws Exception {
        List<String> left = new ArrayList<>();
        while (!mounts.isEmpty()) {
            Path at = mounts.pop();
            if (run("umount", at.toString()).exit() != 0 && run("umount", "-l", at.toString()).exit() != 0) {
                left.add(at.toString());
            }
        }
        assertEquals(List.of(), left, "mounts left behind");
    }

    @Test
    void build_readOnlyStore_exit1NamingTheLockFileAndNothingWritten() throws Exception {
        Path db = dir.resolve("db");
        SparseCopy.copy(base, db);
        // as every store that a process opened has: TDB2's lock file, naming a process that has ended
        Process ended = new ProcessBuilder("true").start();
        assertEquals(0, ended.waitFor());
        Files.writeString(db.resolve("dataset/tdb.lock"), ended.pid() + "\n");
        mount("--bind", db.toString(), db.toString());
        mounted(db);
        mount("-o", "remount,ro,bind", db.toString());

        Result build = run(ChildJvm.build(changed, db, config));
        Result query = run(ChildJvm.command(MainCommand.class, List.of("query", "--db", db.toString(), "--config",
                config.toString(), "ASK {}")));

        assertEquals(ExitCodes.IO, build.exit(), build.err());
        assertEquals("error: cannot write " + db + "/dataset/tdb.lock: Read-only file system; nothing was written, the"
                + " store " + db + " is as it was\n", build.err());
        assertEquals("", build.out());
        assertEquals(ExitCodes.IO, query.exit(), query.err());
        assertEquals("error: " + db + "/dataset/tdb.lock: Read-only file system\n", query.err());
        unmount();
        assertEquals(before, answersOfACopy(db));
        assertBuildSucceeds(db, false);
    }

    @Test
    void build_diskFullInTheLoad_exit1RolledBackAndTheStoreAnswersAsBefore() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        mount("-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString());
        mounted(disk);
        Path db = disk.resolve("db");
        SparseCopy.copy(base, db);
        StoreFiles files = StoreFiles.read(db);
        Path filler = fill(disk, 64 << 10);

        Result build = run(ChildJvm.build(changed, db, config));

        assertEquals(ExitCodes.IO, build.exit(), build.err());
        // the dumps are written beside the adds, on the same disk: whichever writes first past its end names it
        assertTrue(List.of("dataset", "dumps").stream().map(folder -> "error: cannot write " + db + "/" + folder
                + ": No space left on device; the build was rolled back, the store " + db + " answers as before\n")
                .toList().contains(build.err()), build.err());
        assertTrue(build.out().startsWith("[1/4] validated 5 article(s), 107 fact(s)\n"), build.out());
        assertFalse(build.out().contains("built:"), build.out());
        assertEquals(before, answersOfACopy(db));
        StoreFiles after = StoreFiles.read(db);
        assertEquals(List.of(files.stamp(), files.dumps(), files.indexCommit()),
                List.of(after.stamp(), after.dumps(), after.indexCommit()));
        assertTrue(after.marked() && BuildStamp.read(new StoreLayout(db)).isEmpty(), "marked as interrupted");
        Files.delete(filler);
        assertBuildSucceeds(db, false);
    }

    @Test
    void build_diskFullInTheTextIndex_exit1GraphsCommittedAndTheNextBuildCompletes() throws Exception {
        Path db = dir.resolve("db");
        SparseCopy.copy(base, db);
        StoreLayout layout = new StoreLayout(db);
        String commit = StoreFiles.read(db).indexCommit();
        Map<String, String> dumps = StoreFiles.read(db).dumps();
        smallDisk(layout.textIndex());

        Result build = run(ChildJvm.build(changed, db, config));

        assertEquals(ExitCodes.IO, build.exit(), build.err());
        assertEquals("error: cannot write " + db + "/text-index: No space left on device; the new graphs were "
                + "committed but the build did not finish: the store " + db + " is marked as interrupted and the next "
                + "build completes it\n", build.err());
        StoreAnswers answers = answersOfACopy(db);
        assertNotEquals(before.content(), answers.content(), "the new graphs");
        assertEquals(before.searches(), answers.searches(), "the previous text index");
        assertEquals(commit, StoreFiles.read(db).indexCommit());
        assertEquals(dumps, StoreFiles.read(db).dumps());
        assertTrue(BuildStamp.interrupted(layout) && BuildStamp.read(layout).isEmpty(), "marked as interrupted");
        mount("-o", "remount,size=16m", layout.textIndex().toString());
        assertBuildSucceeds(db, true);
        assertEquals(answers.content(), answersOfACopy(db).content());
    }

    /** The dumps are written while the graphs load (beside the adds), so a full disk there rolls the load back. */
    @Test
    void build_diskFullInTheDumps_exit1RolledBackTheStoreAndItsDumpsAsBefore() throws Exception {
        Path db = dir.resolve("db");
        SparseCopy.copy(base, db);
        StoreLayout layout = new StoreLayout(db);
        StoreFiles files = StoreFiles.read(db);
        smallDisk(layout.dumps());

        Result build = run(ChildJvm.build(changed, db, config));

        assertEquals(ExitCodes.IO, build.exit(), build.err());
        assertEquals("error: cannot write " + db + "/dumps: No space left on device; the build was rolled back, the"
                + " store " + db + " answers as before\n", build.err());
        assertFalse(build.out().contains("built:"), build.out());
        assertEquals(before, answersOfACopy(db));
        StoreFiles after = StoreFiles.read(db);
        assertEquals(List.of(files.stamp(), files.dumps(), files.indexCommit()),
                List.of(after.stamp(), after.dumps(), after.indexCommit()), "the previous dumps");
        assertEquals(List.of(), after.temporary(), "no temporary file left");
        assertTrue(after.marked() && BuildStamp.read(layout).isEmpty(), "marked as interrupted");
        mount("-o", "remount,size=16m", layout.dumps().toString());
        assertBuildSucceeds(db, false);
    }

    /**
     * Puts a folder of the store on a tmpfs of its own holding its files and 32 KiB more than they take, less than
     * the build writes there.
     */
    private void smallDisk(Path folder) throws Exception {
        Path away = folder.resolveSibling(folder.getFileName() + ".before");
        Files.move(folder, away);
        Files.createDirectories(folder);
        long used = 0;
        try (Stream<Path> files = Files.list(away)) {
            for (Path file : files.toList()) {
                used += (Files.size(file) + 4095) / 4096 * 4096;
            }
        }
        mount("-t", "tmpfs", "-o", "size=" + (used + (32 << 10)), "tmpfs", folder.toString());
        mounted(folder);
        SparseCopy.copy(away, folder);
    }

    /** A build of the changed seeds succeeds and prints its summary; with {@code nothingToDo}, it writes no graph. */
    private void assertBuildSucceeds(Path db, boolean nothingToDo) throws Exception {
        Result build = run(ChildJvm.build(changed, db, config));
        assertEquals(0, build.exit(), build.err());
        String summary = build.out().lines().filter(l -> l.startsWith("built: ")).findFirst().orElse("");
        // the article, and graph/entities and graph/statistics, which its change changes too
        assertTrue(summary.contains(nothingToDo ? " (0 written or removed, 11 unchanged)"
                : " (3 written or removed, 8 unchanged)"), build.out());
        StoreLayout layout = new StoreLayout(db);
        assertTrue(!BuildStamp.interrupted(layout) && BuildStamp.read(layout).isPresent(), "a complete build");
        StoreAnswers answers = answersOfACopy(db);
        assertEquals(List.of(PHRASES.get(0) + " -> " + before.searches().get(0).split(" -> ")[1],
                PHRASES.get(1) + " -> s\r\nhttps://w3id.org/vn-diplomacy/id/official/nguyen-hong-dien\r\n"),
                answers.searches());
    }

    /**
     * The answers of a store, read from a copy in this JVM: reading a store that lives on a file system the test
     * mounted would map its files here, and keep the file system busy until they are collected.
     */
    private StoreAnswers answersOfACopy(Path db) throws Exception {
        Path copy = Files.createTempDirectory(dir, "copy").resolve("db");
        SparseCopy.copy(db, copy);
        return StoreAnswers.read(copy, config, PHRASES);
    }

    /** Fills the file system of {@code folder} but for {@code leave} bytes; returns the filling file. */
    private static Path fill(Path folder, long leave) throws IOException {
        Path filler = folder.resolve("filler");
        try (FileChannel out = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(1 << 16);
            try {
                while (true) {
                    block.clear();
                    out.write(block);
                }
            } catch (IOException full) {
                out.truncate(Math.max(0, out.position() - leave));
            }
        }
        return filler;
    }

    private void mounted(Path at) {
        mounts.push(at);
    }

    private static void mount(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("mount"));
        command.addAll(List.of(args));
        Result result = run(command);
        assertEquals(0, result.exit(), String.join(" ", command) + ": " + result.err());
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... command) throws Exception {
        return run(List.of(command));
    }

    /** Runs a command, its output to files, for at most 5 minutes; the process is killed whatever happens. */
    private static Result run(List<String> command) throws Exception {
        Path out = Files.createTempFile("disk-fault", ".out");
        Path err = Files.createTempFile("disk-fault", ".err");
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "still running after 5 minutes: " + command);
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            Files.delete(out);
            Files.delete(err);
        }
    }
}
