package io.github.docslint.baseline;

import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Baseline entries of findings: the fingerprint is a hash of the rule and of the source line at the
 * finding's position with its whitespace collapsed, so moving a construct (lines added above it,
 * re-indented) keeps it, while editing the construct's line makes it a new finding. Each file is read
 * once.
 */
public final class Fingerprints {
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int TEXT_LIMIT = 100;

    private final Path base;
    private final Charset charset;
    private final Map<Path, List<String>> lines = new HashMap<>();

    /** @param charset the sources' encoding (bytes that are not valid in it are replaced, not fatal) */
    public Fingerprints(Path base, Charset charset) {
        this.base = base.toAbsolutePath().normalize();
        this.charset = charset;
    }

    public BaselineEntry entry(Finding f) throws IOException {
        Path file = f.file().toAbsolutePath().normalize();
        String rel = base.relativize(file).toString().replace('\\', '/');
        String line = normalised(line(file, f.position().line()));
        String text = line.length() <= TEXT_LIMIT ? line : line.substring(0, TEXT_LIMIT - 3) + "...";
        return new BaselineEntry(rel, f.rule(), hash(f.rule() + '\n' + line), text);
    }

    static String normalised(String line) {
        return SPACE.matcher(line).replaceAll(" ").strip();
    }

    private String line(Path file, int number) throws IOException {
        List<String> all = lines.get(file);
        if (all == null) {
            try {
                // a file that is not valid in the charset is a finding (file-unreadable), not an error here
                all = new String(Files.readAllBytes(file), charset).lines().toList();
            } catch (NoSuchFileException e) {
                all = List.of();
            }
            lines.put(file, all);
        }
        return number >= 1 && number <= all.size() ? all.get(number - 1) : "";
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
