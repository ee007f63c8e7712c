package io.github.docslint.links;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Host name to addresses: the system's DNS, or a fixed map in tests and benchmarks. */
@FunctionalInterface
public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    Resolver SYSTEM = InetAddress::getAllByName;
}
