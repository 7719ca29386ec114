package se.stockholm.vbe.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The files of the web application under {@code /webapp} of the bundle, found by request path. A path whose last
 * segment has no file extension is a page of the application (its router draws it), so it is served the one
 * {@code index.html}: a link to {@code /namnd/alvsjo/2019} can be bookmarked and reloaded. Files are read once;
 * a bundle's content never changes while it is installed (an update makes a new servlet).
 */
final class WebAssets {

    static final String ROOT = "/webapp";
    static final String INDEX = "/index.html";

    /** Only plain names: no dot segments, no backslashes, no encoded or control characters reach the bundle. */
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*/?");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "webmanifest", "application/manifest+json");

    private final Function<String, URL> entries;
    private final Map<String, Optional<WebAsset>> loaded = new ConcurrentHashMap<>();

    /** @param entries finds a file of the bundle by its path, such as {@code /webapp/index.html}; null if absent */
    WebAssets(Function<String, URL> entries) {
        this.entries = entries;
    }

    /** The file for {@code requestPath} ({@code /}, {@code /js/main.js}, {@code /namnd/alvsjo}), if there is one. */
    Optional<WebAsset> find(String requestPath) {
        String path = requestPath == null || requestPath.isEmpty() ? "/" : requestPath;
        if (!SAFE_PATH.matcher(path).matches() || isApi(path)) {
            return Optional.empty();
        }
        String file = isPage(path) ? INDEX : path;
        return loaded.computeIfAbsent(file, this::load);
    }

    /** The REST API's paths, which reach this servlet only while the API is away: never a page. */
    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static boolean isPage(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private Optional<WebAsset> load(String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        URL url = type == null ? null : entries.apply(ROOT + file);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] content = in.readAllBytes();
            return Optional.of(new WebAsset(content, type, etagOf(content)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " of the web application", e);
        }
    }

    private static String etagOf(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return '"' + HexFormat.of().formatHex(digest, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
