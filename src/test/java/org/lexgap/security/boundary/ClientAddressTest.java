package org.lexgap.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which address the sign-in limit counts: X-Forwarded-For only from a trusted proxy, and never a client's own entry. */
class ClientAddressTest {

    private static final Set<String> BALANCERS = ClientAddress.parse(" 10.0.0.5, 10.0.0.6 ,");

    @Test
    void aDirectClientIsItsConnectionWhateverItWrites() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", BALANCERS));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()));
    }

    @Test
    void behindATrustedBalancerTheNearestUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7", BALANCERS));
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7", BALANCERS),
                "an address the client wrote itself is further left and not reached");
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7, 10.0.0.6", BALANCERS));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, BALANCERS));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "10.0.0.6", BALANCERS), "only proxies: the connection");
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "a,,b", BALANCERS), "malformed: the connection");
    }
}
