package io.github.docslint.rst;

import java.util.Map;
import java.util.Optional;

/**
 * A directive as written: lower-cased name, argument text (joined lines, may be empty), options in
 * source order, how its body was read, and where its content starts (null when it has none).
 */
public record Directive(
        String name,
        String argument,
        Map<String, DirectiveOption> options,
        DirectiveBody body,
        Position position,
        Position contentStart) {

    public Optional<String> option(String optionName) {
        DirectiveOption o = options.get(optionName);
        return o == null ? Optional.empty() : Optional.of(o.value());
    }
}
