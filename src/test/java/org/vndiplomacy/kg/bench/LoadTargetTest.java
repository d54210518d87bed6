package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A load test sends requests to this machine's loopback only. */
class LoadTargetTest {

    @ParameterizedTest
    @CsvSource({"127.0.0.1, http://127.0.0.1:3030/", "localhost, http://localhost:3030/",
            "LOCALHOST, http://LOCALHOST:3030/", "::1, http://[::1]:3030/", "[::1], http://[::1]:3030/"})
    void base_loopback_theServersUri(String host, String uri) {
        assertEquals(URI.create(uri), LoadTarget.base(host, 3030));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "10.0.0.1", "192.168.1.2", "0.0.0.0", "127.0.0.2", "localhost.example.org",
            "::", "[::ffff:127.0.0.1]", "", "127.0.0.1:80@example.org"})
    void base_anyOtherHost_refused(String host) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoadTarget.base(host, 3030));
        assertEquals("--host: '" + host + "' is not this machine's loopback (127.0.0.1, localhost or ::1); the load "
                + "test sends requests to nothing else", e.getMessage());
    }

    @Test
    void requireLoopback_everyAddressLoopback_taken() throws UnknownHostException {
        LoadTarget.requireLoopback("localhost", new InetAddress[] {InetAddress.getByAddress("localhost",
                new byte[] {127, 0, 0, 1}), InetAddress.getByName("::1")});
        // what this machine resolves localhost to passes too
        LoadTarget.requireLoopback("localhost", InetAddress.getAllByName("localhost"));
    }

    @Test
    void requireLoopback_oneAddressElsewhere_refused() throws UnknownHostException {
        InetAddress[] addresses = {InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}),
                InetAddress.getByAddress("localhost", new byte[] {(byte) 192, 0, 2, 1})};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadTarget.requireLoopback("localhost", addresses));
        assertEquals("--host: 'localhost' resolves to [127.0.0.1, 192.0.2.1], and 192.0.2.1 is not this machine's "
                + "loopback; the load test sends requests to nothing else", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536})
    void base_portOutOfRange_refused(int port) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadTarget.base("127.0.0.1", port));
        assertEquals("port out of 1 to 65535: " + port, e.getMessage());
    }
}
