package com.isocourse.server.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's token-signing key file: created once with mode 0600, reused, never loosened. */
class SigningKeyTest {
  @TempDir Path dir;

  @Test
  void theKeyIsCreatedOwnerOnlyAndReusedOnTheNextStart() throws Exception {
    Path file = dir.resolve("smart-signing-key.json");
    var first = SigningKey.loadOrCreate(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(first.isPrivate()).isTrue();
    assertThat(first.size()).isGreaterThanOrEqualTo(2048);
    var again = SigningKey.loadOrCreate(file);
    assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
    assertThat(again.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
  }

  @Test
  void aKeyFileOthersCanReadIsRefused() throws Exception {
    Path file = dir.resolve("k.json");
    SigningKey.loadOrCreate(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> SigningKey.loadOrCreate(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("chmod 600");
  }

  @Test
  void aPublicKeyOnlyIsRefused() throws Exception {
    Path file = dir.resolve("public.json");
    Files.writeString(file, SigningKey.generate().toPublicJWK().toJSONString());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> SigningKey.loadOrCreate(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no private key");
  }
}
