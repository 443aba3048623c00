package com.isocourse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples in the test resources are byte-identical copies of the shared scenario examples. The
 * shared folder ({@code shared/scenarios/examples}) is looked for beside the repository and beside
 * each of its parent folders; the test is skipped where it does not exist (for example in a clone
 * of the repository alone).
 */
class ExampleCopiesTest {

  @Test
  void copiesMatchTheSharedExamplesByteForByte() throws IOException {
    Optional<Path> shared = sharedExamples();
    assumeTrue(shared.isPresent(), "no shared/scenarios/examples beside the repository");

    List<String> sharedNames = names(shared.get());
    assertThat(names(Cli.EXAMPLES)).containsExactlyElementsOf(sharedNames);
    for (String name : sharedNames) {
      assertThat(Files.readAllBytes(Cli.EXAMPLES.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(shared.get().resolve(name)));
    }
  }

  private static Optional<Path> sharedExamples() {
    Path repo = Path.of("..").toAbsolutePath().normalize();
    for (Path dir = repo.getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/scenarios/examples");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
