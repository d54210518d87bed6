package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The machine's description, read from lscpu and free. */
class MachineInfoTest {

    @Test
    void field_lscpuLines_exactNameOnly() {
        String lscpu = String.join("\n", "Architecture:            x86_64", "CPU(s):                  2",
                "  On-line CPU(s) list:   0,1", "Model name:              AMD EPYC", "NUMA node0 CPU(s):       0,1");
        assertEquals("2", MachineInfo.field(lscpu, "CPU(s)"));
        assertEquals("AMD EPYC", MachineInfo.field(lscpu, "Model name"));
        assertEquals("?", MachineInfo.field(lscpu, "Thread(s) per core"));
    }

    @Test
    void freeTotal_memLine() {
        String free = "               total        used        free      shared  buff/cache   available\n"
                + "Mem:            23Gi       1.2Gi        20Gi       1.0Mi       2.1Gi        22Gi\n"
                + "Swap:             0B          0B          0B\n";
        assertEquals("23Gi", MachineInfo.freeTotal(free));
    }
}
