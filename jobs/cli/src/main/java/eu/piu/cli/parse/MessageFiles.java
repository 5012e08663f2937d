package eu.piu.cli.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The message files named on the command line: files as given, folders walked (sorted, hidden files
 * and folders skipped, as editors and version control leave them there). One file is one message as
 * the carrier pushed it.
 */
public final class MessageFiles {

  /** A path that could not be read, and why (the exception's kind, never file content). */
  public record Unreadable(Path path, String why) {}

  private final List<Path> files = new ArrayList<>();
  private final List<Unreadable> unreadable = new ArrayList<>();

  public static MessageFiles of(List<Path> paths) {
    MessageFiles found = new MessageFiles();
    for (Path path : paths) {
      found.add(path);
    }
    return found;
  }

  public List<Path> files() {
    return files;
  }

  public List<Unreadable> unreadable() {
    return unreadable;
  }

  private void add(Path path) {
    if (Files.isRegularFile(path)) {
      files.add(path);
    } else if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !hidden(path.relativize(p)))
            .sorted()
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        unreadable.add(new Unreadable(path, "folder not readable (" + kind(e) + ")"));
      }
    } else {
      unreadable.add(new Unreadable(path, Files.exists(path) ? "not a file" : "no such file"));
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String kind(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    return cause.getClass().getSimpleName();
  }
}
