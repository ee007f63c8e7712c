package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import java.util.Optional;

/**
 * A rule over the result of checking one external URL; each appearance of the URL in the docs is
 * reported at its own place with the message this returns.
 */
public non-sealed interface LinkRule extends Rule {
    /** The finding's message for this result, or empty when the rule has nothing to say. */
    Optional<String> message(LinkResult result);
}
