package se.stockholm.vbe.platform.internal.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import se.stockholm.vbe.api.backup.Backup;

/**
 * The files of one backup: a directory named by its start time (UTC, {@code 20261201T114500.123Z}), owner-only,
 * holding the database's copy and {@value #MANIFEST}, which is written last and so marks a complete backup.
 */
final class BackupDirectory {

    static final String MANIFEST = "backup.properties";
    static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path path;

    private BackupDirectory(Path path) {
        this.path = path;
    }

    /**
     * Creates {@code <parent>/<name of startedAt>/}, and the parent too if it is missing, both owner-only.
     *
     * @throws IOException if either cannot be created, e.g. the parent is not writable or is a file
     */
    static BackupDirectory create(Path parent, Instant startedAt) throws IOException {
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, ownerOnly());
        }
        return new BackupDirectory(Files.createDirectory(parent.resolve(NAME.format(startedAt)), ownerOnly()));
    }

    /** The complete backups directly under {@code parent}, newest first; none if it does not exist. */
    static List<Backup> list(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.map(child -> new BackupDirectory(child).read()).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::startedAt).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    /** Writes the manifest, which makes the backup complete, and returns it with the size of its files. */
    Backup complete(Instant startedAt, Instant finishedAt, String method) throws IOException {
        Backup backup = new Backup(path.toString(), startedAt, finishedAt, size(), method);
        Properties manifest = new Properties();
        manifest.setProperty("startedAt", startedAt.toString());
        manifest.setProperty("finishedAt", finishedAt.toString());
        manifest.setProperty("bytes", Long.toString(backup.bytes()));
        manifest.setProperty("method", method);
        try (Writer out = Files.newBufferedWriter(path.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.store(out, "VBE-plattformen backup; restore as docs/operations.md says");
        }
        return backup;
    }

    /** Removes what a failed backup left, so that it is never taken for a backup. */
    void delete() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Optional<Backup> read() {
        Path file = path.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            manifest.load(in);
            return Optional.of(new Backup(path.toString(), Instant.parse(manifest.getProperty("startedAt")),
                    Instant.parse(manifest.getProperty("finishedAt")), Long.parseLong(manifest.getProperty("bytes")),
                    manifest.getProperty("method")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private long size() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            long bytes = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }
}
