package io.github.docslint.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A mojo log that keeps every line as "LEVEL text", to assert on what the user would see. */
final class RecordingLog implements Log {
    private final List<String> lines = new ArrayList<>();
    /** As with mvn -q: only error-level output is shown. */
    private final boolean quiet;

    RecordingLog() {
        this(false);
    }

    RecordingLog(boolean quiet) {
        this.quiet = quiet;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines logged at {@code level} ("ERROR", "WARN", "INFO" or "DEBUG"), without the level. */
    List<String> at(String level) {
        String prefix = level + " ";
        return lines.stream()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .toList();
    }

    private void add(String level, CharSequence content, Throwable error) {
        if (quiet && !level.equals("ERROR")) {
            return; // what Maven's logger does under -q
        }
        String text = content == null ? "" : content.toString();
        if (error != null) {
            text = text + (text.isEmpty() ? "" : " ") + error;
        }
        lines.add(level + " " + text);
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        add("DEBUG", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        add("DEBUG", content, error);
    }

    @Override
    public void debug(Throwable error) {
        add("DEBUG", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return !quiet;
    }

    @Override
    public void info(CharSequence content) {
        add("INFO", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("INFO", content, error);
    }

    @Override
    public void info(Throwable error) {
        add("INFO", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return !quiet;
    }

    @Override
    public void warn(CharSequence content) {
        add("WARN", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("WARN", content, error);
    }

    @Override
    public void warn(Throwable error) {
        add("WARN", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("ERROR", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("ERROR", content, error);
    }

    @Override
    public void error(Throwable error) {
        add("ERROR", null, error);
    }
}
