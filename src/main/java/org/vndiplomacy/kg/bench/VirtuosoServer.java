package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Virtuoso Open Source ({@code virtuoso-t}) on a database folder of its own, listening on 127.0.0.1 only, on two
 * free ports (SQL and HTTP), with a configuration file written here; SQL statements go through {@code isql-vt}.
 */
final class VirtuosoServer implements AutoCloseable {

    /** Memory and limits: 8 KiB pages in memory and dirty, the SPARQL time limit (0: none). */
    record Settings(int buffers, int dirtyBuffers, int queryTimeoutSeconds) {
    }

    private final ChildProcess process;
    private final Path folder;
    private final int sqlPort;
    private final int httpPort;
    private final Path root;

    private VirtuosoServer(ChildProcess process, Path folder, int sqlPort, int httpPort, Path root) {
        this.process = process;
        this.folder = folder;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.root = root;
    }

    /** Starts the server on {@code folder} (created if new) and waits until it says it is online. */
    static VirtuosoServer start(Path folder, List<Path> loadFolders, Settings settings, Path root)
            throws IOException {
        Files.createDirectories(folder);
        int sqlPort = freePort();
        int httpPort = freePort();
        Path ini = folder.resolve("virtuoso.ini");
        Files.writeString(ini, ini(folder, sqlPort, httpPort, loadFolders, settings), StandardCharsets.UTF_8);
        Path log = folder.resolve("virtuoso-t.log");
        ChildProcess process = ChildProcess.start(Command.of("virtuoso-t", "-f", "-c", ini), root, log);
        VirtuosoServer server = new VirtuosoServer(process, folder, sqlPort, httpPort, root);
        server.awaitOnline(log);
        return server;
    }

    private void awaitOnline(Path log) throws IOException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            if (text.contains("Server online at")) {
                return;
            }
            if (!process.alive()) {
                throw new IOException("virtuoso-t stopped while starting; see " + log);
            }
            sleep(200);
        }
        close();
        throw new IOException("virtuoso-t was not online after 180 s; see " + log);
    }

    /** The configuration: the database files in the folder, both ports on 127.0.0.1, no DAV, no OS calls. */
    static String ini(Path folder, int sqlPort, int httpPort, List<Path> loadFolders, Settings settings) {
        String db = folder.toAbsolutePath().toString();
        String allowed = loadFolders.stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining(", "));
        return String.join("\n",
                "[Database]", "DatabaseFile = " + db + "/virtuoso.db", "ErrorLogFile = " + db + "/virtuoso.log",
                "LockFile = " + db + "/virtuoso.lck", "TransactionFile = " + db + "/virtuoso.trx",
                "xa_persistent_file = " + db + "/virtuoso.pxa", "ErrorLogLevel = 7", "FileExtend = 200",
                "MaxCheckpointRemap = 2000", "Striping = 0", "TempStorage = TempDatabase", "",
                "[TempDatabase]", "DatabaseFile = " + db + "/virtuoso-temp.db",
                "TransactionFile = " + db + "/virtuoso-temp.trx", "MaxCheckpointRemap = 2000", "Striping = 0", "",
                "[Parameters]", "ServerPort = 127.0.0.1:" + sqlPort, "DisableUnixSocket = 1", "ServerThreads = 20",
                "CheckpointInterval = 0", "O_DIRECT = 0", "CaseMode = 2", "MaxStaticCursorRows = 5000",
                "AllowOSCalls = 0", "DirsAllowed = ., " + allowed,
                "NumberOfBuffers = " + settings.buffers(), "MaxDirtyBuffers = " + settings.dirtyBuffers(),
                "ThreadsPerQuery = " + Runtime.getRuntime().availableProcessors(), "AsyncQueueMaxThreads = 10",
                "MaxQueryMem = 2G", "",
                "[HTTPServer]", "ServerPort = 127.0.0.1:" + httpPort, "ServerThreads = 16",
                "MaxClientConnections = 16", "MaxKeepAlives = 16", "KeepAliveTimeout = 10", "EnabledDavVSP = 0",
                "HTTPProxyEnabled = 0", "",
                "[SPARQL]", "ResultSetMaxRows = 100000000", "MaxQueryCostEstimationTime = 0",
                "MaxQueryExecutionTime = " + settings.queryTimeoutSeconds(), "");
    }

    /** Runs SQL through {@code isql-vt}; an {@code *** Error} in its output makes it fail. */
    ChildProcess.Result isql(String sql, Path log) throws IOException {
        ChildProcess.Result result = ChildProcess.run(isqlCommand(sql), root, log);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (output.contains("*** Error")) {
            return new ChildProcess.Result(result.seconds(), result.peakRssKib(), 1, log);
        }
        return result;
    }

    Command isqlCommand(String sql) {
        return Command.of("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + sql);
    }

    URI sparql() {
        return URI.create("http://127.0.0.1:" + httpPort + "/sparql");
    }

    Path folder() {
        return folder;
    }

    long peakRssKib() {
        return process.peakRssKib();
    }

    /** Shuts the server down cleanly ({@code shutdown}, which checkpoints), or stops the process. */
    @Override
    public void close() {
        if (process.alive()) {
            try {
                ChildProcess.run(isqlCommand("shutdown;"), root, folder.resolve("isql-shutdown.log"));
                for (int i = 0; i < 300 && process.alive(); i++) {
                    sleep(100);
                }
            } catch (IOException e) {
                // the process is stopped below
            }
        }
        process.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
