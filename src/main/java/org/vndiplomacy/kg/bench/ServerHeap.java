package org.vndiplomacy.kg.bench;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap of another JVM of this user, over JMX through the attach API (the JDK's {@code jdk.attach}; no port is
 * opened): a full garbage collection ({@code System.gc()} in that JVM), then the heap it still used when that
 * collection ended, which is what the live objects take. The figure is the one the JVM records for that collection
 * ({@code GcInfo.getMemoryUsageAfterGc} of its whole-heap collector), so what requests allocate between the
 * collection and the reading is not in it; and a reading counts only when that collector's count went up, since
 * {@code System.gc()} may return without a full collection (G1 skips it while a thread holds the GC locker).
 */
final class ServerHeap implements AutoCloseable {

    /** Full collections asked for before a reading is given up. */
    private static final int TRIES = 3;
    /** The JVM blocks SIGQUIT until it can take an attach request; a SIGQUIT before that would end it. */
    private static final long SIGQUIT_MASK = 1L << (3 - 1);

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final GarbageCollectorMXBean full;
    private final Set<String> heapPools;

    private ServerHeap(JMXConnector connector, MemoryMXBean memory, GarbageCollectorMXBean full,
            Set<String> heapPools) {
        this.connector = connector;
        this.memory = memory;
        this.full = full;
        this.heapPools = heapPools;
    }

    /**
     * Attaches to the JVM of process {@code pid} once it catches SIGQUIT (the attach API's signal; a JVM that has
     * just started would die of it), trying for up to {@code limit}.
     */
    static ServerHeap attachWhenReady(long pid, Duration limit) throws IOException, InterruptedException {
        IOException last = null;
        for (long deadline = System.nanoTime() + limit.toNanos(); System.nanoTime() < deadline; ) {
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                throw new IOException("process " + pid + " ended before it could be attached to");
            }
            if ((ProcStatus.caughtSignals(pid).orElse(0) & SIGQUIT_MASK) != 0) {
                try {
                    return attach(pid);
                } catch (IOException e) {
                    last = e;
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("cannot attach to process " + pid + " within " + limit.toSeconds() + " s"
                + (last == null ? ": it does not catch SIGQUIT" : ": " + last.getMessage()), last);
    }

    /**
     * {@link #attachWhenReady}, or null when the JVM cannot be attached to (or this JDK has no {@code jdk.attach}),
     * the reason told to {@code unavailable}.
     */
    static ServerHeap attachOrNull(long pid, Duration limit, Consumer<String> unavailable)
            throws InterruptedException {
        try {
            return attachWhenReady(pid, limit);
        } catch (IOException | RuntimeException | LinkageError e) {
            unavailable.accept(String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** Attaches to the JVM of process {@code pid} and starts its local management agent. */
    static ServerHeap attach(long pid) throws IOException {
        String address;
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IOException("cannot attach to process " + pid + ": " + e.getMessage(), e);
        }
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        try {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            Set<String> heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                    .collect(Collectors.toUnmodifiableSet());
            List<GarbageCollectorMXBean> collectors = ManagementFactory.getPlatformMXBeans(server,
                    GarbageCollectorMXBean.class);
            String name = fullCollector(collectors.stream().map(GarbageCollectorMXBean::getName).toList())
                    .orElseThrow(() -> new IOException("process " + pid + " has no collector of the whole heap "
                            + "that this knows (its collectors: " + collectors.stream()
                            .map(GarbageCollectorMXBean::getName).toList() + ")"));
            GarbageCollectorMXBean full = collectors.stream().filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow();
            return new ServerHeap(connector, memory, full, heapPools);
        } catch (IOException | RuntimeException e) {
            connector.close();
            throw e;
        }
    }

    /**
     * The collector whose collections take the whole heap, by its name: G1's {@code G1 Old Generation}, the parallel
     * collector's {@code PS MarkSweep}, the serial one's {@code MarkSweepCompact}.
     */
    static Optional<String> fullCollector(List<String> names) {
        return names.stream().filter(n -> n.contains("Old Generation") || n.contains("MarkSweep")).findFirst();
    }

    /**
     * Asks for a full collection (up to three times, until the whole-heap collector's count goes up) and returns the
     * bytes of heap in use when it ended; -1 when none took place.
     */
    long usedAfterGc() {
        for (int i = 0; i < TRIES; i++) {
            long before = full.getCollectionCount();
            memory.gc();
            GcInfo info = full.getLastGcInfo();
            if (full.getCollectionCount() > before && info != null) {
                return info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
            }
        }
        return -1;
    }

    /** The bytes of heap the JVM has committed now. */
    long committed() {
        return memory.getHeapMemoryUsage().getCommitted();
    }

    /** Closes the connection, saying nothing when the other JVM has ended already (its end closed it). */
    void closeQuietly() {
        try {
            connector.close();
        } catch (IOException e) {
            // the JVM it reached has ended
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
