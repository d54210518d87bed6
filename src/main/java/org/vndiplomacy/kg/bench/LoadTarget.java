package org.vndiplomacy.kg.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;

/** Where a load test may send its requests: this machine's loopback interface, and nowhere else. */
final class LoadTarget {

    /** The host names a load test accepts. */
    static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

    private LoadTarget() {
    }

    /**
     * Refuses a host name any of whose addresses is not a loopback one: the name {@code localhost} is taken only as
     * what this machine resolves it to, since a hosts file or a resolver may send it elsewhere.
     */
    static void requireLoopback(String host, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("--host: '" + host + "' resolves to " + Arrays.stream(addresses)
                        .map(InetAddress::getHostAddress).toList() + ", and " + address.getHostAddress() + " is not "
                        + "this machine's loopback; the load test sends requests to nothing else");
            }
        }
    }

    /** The base URI of a server on {@code host} and {@code port}; a host that is not the loopback is refused. */
    static URI base(String host, int port) {
        String plain = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!LOOPBACK.contains(plain.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("--host: '" + host + "' is not this machine's loopback (127.0.0.1, "
                    + "localhost or ::1); the load test sends requests to nothing else");
        }
        try {
            requireLoopback(host, InetAddress.getAllByName(plain));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host: '" + host + "' does not resolve: " + e.getMessage(), e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of 1 to 65535: " + port);
        }
        return URI.create("http://" + (plain.contains(":") ? "[" + plain + "]" : plain) + ":" + port + "/");
    }
}
