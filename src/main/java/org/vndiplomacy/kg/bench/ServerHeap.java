package org.vndiplomacy.kg.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap of another JVM of this user, over JMX through the attach API (the JDK's {@code jdk.attach}; no port is
 * opened): a full garbage collection ({@code System.gc()} in that JVM), then the heap it still used when that
 * collection ended, which is what the live objects take. That figure is each heap pool's collection usage (the JVM's
 * own record of the pool right after its last collection), so the objects requests allocate in the moment between
 * the collection and the reading are not in it.
 */
final class ServerHeap implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> pools;

    private ServerHeap(JMXConnector connector, MemoryMXBean memory, List<MemoryPoolMXBean> pools) {
        this.connector = connector;
        this.memory = memory;
        this.pools = pools;
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
        MBeanServerConnection server = connector.getMBeanServerConnection();
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class)
                .stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        return new ServerHeap(connector, memory, heapPools);
    }

    /** Collects the server's garbage (a full GC), then returns the bytes of heap in use when it ended. */
    long usedAfterGc() {
        memory.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage after = pool.getCollectionUsage();
            if (after == null) {
                return memory.getHeapMemoryUsage().getUsed();
            }
            used += after.getUsed();
        }
        return used;
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
