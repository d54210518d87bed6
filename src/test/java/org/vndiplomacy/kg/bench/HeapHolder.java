package org.vndiplomacy.kg.bench;

/**
 * A JVM for {@link ServerHeapTest} to attach to: it holds the MiB its argument says (in arrays of 64 KiB, below G1's
 * humongous size, so that each MiB takes a MiB), then waits to be stopped.
 */
public final class HeapHolder {

    static byte[][] held;

    private HeapHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        int mib = Integer.parseInt(args[0]);
        held = new byte[mib * 16][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[64 << 10];
        }
        System.out.println("holding " + mib + " MiB");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
