package io.github.docslint.links;

import java.net.UnknownHostException;

/**
 * A host resolved to an address the guard blocks. An {@link UnknownHostException} so that it passes
 * through the HTTP client's connection code unchanged, before any connection is made.
 */
final class BlockedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    BlockedAddressException(String reason) {
        super(reason);
    }
}
