package io.github.docslint.maven;

import io.github.docslint.links.ConfigSyntax;
import io.github.docslint.links.LinkCheckConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves the secrets in configured header values: {@code {env:NAME}} (or {@code ${env.NAME}} when
 * Maven left it alone) from the environment, {@code {server:ID}} from the password of a settings.xml
 * {@code <server>}. Messages name the host and the variable or server, never a value.
 */
final class HeaderValues {
    private HeaderValues() {}

    static List<LinkCheckConfig.Header> resolve(
            List<String> entries, Function<String, String> env, Function<String, String> serverPassword) {
        List<LinkCheckConfig.Header> out = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            LinkCheckConfig.Header h = ConfigSyntax.header(entry);
            String host = entry.strip().split("\\s", 2)[0];
            String value = h.value();
            StringBuilder resolved = new StringBuilder();
            int i = 0;
            while (i < value.length()) {
                int start = value.indexOf('{', i);
                if (start < 0) {
                    resolved.append(value, i, value.length());
                    break;
                }
                int open = start > 0 && value.charAt(start - 1) == '$' ? start - 1 : start;
                int end = value.indexOf('}', start);
                if (end < 0) {
                    resolved.append(value, i, value.length());
                    break;
                }
                String ref = value.substring(start + 1, end);
                String replacement;
                if (ref.startsWith("env:") || (open < start && ref.startsWith("env."))) {
                    String name = ref.substring(4);
                    replacement = env.apply(name);
                    if (replacement == null) {
                        throw new IllegalArgumentException("the header " + h.name() + " for " + host
                                + " needs the environment variable " + name + ", which is not set");
                    }
                } else if (ref.startsWith("server:")) {
                    String id = ref.substring(7);
                    replacement = serverPassword.apply(id);
                    if (replacement == null) {
                        throw new IllegalArgumentException("the header " + h.name() + " for " + host
                                + " needs the password of server '" + id
                                + "', but settings.xml has no such <server> with a <password>");
                    }
                } else {
                    resolved.append(value, i, end + 1);
                    i = end + 1;
                    continue;
                }
                resolved.append(value, i, open).append(replacement);
                i = end + 1;
            }
            out.add(new LinkCheckConfig.Header(h.host(), h.name(), resolved.toString()));
        }
        return out;
    }
}
