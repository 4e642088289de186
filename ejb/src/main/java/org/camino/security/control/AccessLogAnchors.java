package org.camino.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchors of the access log: its head (seq and hash of the last entry),
 * written outside the database so that a database writer who rewrites the
 * log cannot rewrite them too. Each anchor goes to the server log (a line
 * beginning {@code ACCESS LOG ANCHOR}) and to the anchor file, one line per
 * anchor: CAMINO_ACCESS_LOG_ANCHORS, by default {@code access-log-anchors.txt}
 * next to CAMINO_KEYS_FILE, or in CAMINO_HOME. The verifier reads the file
 * back; anchors from the server log, or sent to HQ, can be given to it.
 */
@ApplicationScoped
public class AccessLogAnchors {

    public static final String FILE = "CAMINO_ACCESS_LOG_ANCHORS";
    static final String DEFAULT_FILE_NAME = "access-log-anchors.txt";
    /** An anchor line of the file, or of the server log (where it follows "ACCESS LOG ANCHOR"). */
    private static final Pattern LINE = Pattern.compile("(?:^|\\s)seq=(\\d+) head=([0-9a-f]{64})(?:\\s|$)");
    private static final Logger LOG = Logger.getLogger(AccessLogAnchors.class.getName());

    @Inject
    Settings settings;

    private long lastAnchoredSeq = -1;

    /** Writes an anchor of {@code head} unless this server anchored that head already; returns it if written. */
    public synchronized Optional<AccessLogChain.Anchor> anchorIfMoved(Optional<AccessLogChain.Anchor> head, String occasion) {
        if (head.isEmpty() || head.get().seq() == lastAnchoredSeq) {
            return Optional.empty();
        }
        String line = line(Instant.now(), head.get(), occasion);
        LOG.info("ACCESS LOG ANCHOR " + line);
        Path file = file();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            LOG.warning("Cannot write the access-log anchor file " + file + ": " + e.getMessage());
        }
        lastAnchoredSeq = head.get().seq();
        return head;
    }

    /** The anchors in the anchor file (none if there is no file yet). */
    public List<AccessLogChain.Anchor> recorded() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), "the anchor file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the access-log anchor file " + file, e);
        }
    }

    Path file() {
        return file(settings::get, settings.home());
    }

    /** Where the anchor file is, from the settings (by name) and the node's home directory. */
    static Path file(Function<String, Optional<String>> setting, Path home) {
        Optional<String> configured = setting.apply(FILE).filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return Path.of(configured.get().trim());
        }
        return setting.apply("CAMINO_KEYS_FILE").filter(value -> !value.isBlank())
                .map(keys -> Path.of(keys.trim()).toAbsolutePath().resolveSibling(DEFAULT_FILE_NAME))
                .orElse(home.resolve(DEFAULT_FILE_NAME));
    }

    static String line(Instant at, AccessLogChain.Anchor head, String occasion) {
        return at + " seq=" + head.seq() + " head=" + head.hash() + " (" + occasion + ")";
    }

    /** Reads anchor lines (as written by {@link #line}, or copied from the server log); other lines are skipped. */
    static List<AccessLogChain.Anchor> parse(List<String> lines, String source) {
        List<AccessLogChain.Anchor> anchors = new ArrayList<>();
        for (String text : lines) {
            Matcher m = LINE.matcher(text);
            if (m.find()) {
                anchors.add(new AccessLogChain.Anchor(Long.parseLong(m.group(1)), m.group(2), source));
            }
        }
        return anchors;
    }
}
