package org.lexgap.security.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address, for the sign-in limit: the connection's own address, or, when the connection comes from a
 * trusted proxy (a load balancer in front of the nodes, {@code lexgap.auth.trusted-proxies}), the nearest address
 * in {@code X-Forwarded-For} that is not itself a trusted proxy. Entries a client wrote itself sit further left and
 * are never reached.
 */
final class ClientAddress {

    /** An IPv4 or IPv6 address as proxies write it (anything else in the header means it cannot be relied on). */
    private static final String ADDRESS = "\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*";

    private ClientAddress() {
    }

    static Set<String> parse(String trustedProxies) {
        if (trustedProxies == null || trustedProxies.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (hop.length() > 45 || !hop.matches(ADDRESS)) {
                return remoteAddress;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
