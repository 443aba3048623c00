package com.isocourse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** One scenario to evaluate: a file or standard input, with the name used in messages. */
record ScenarioSource(String name, Path file, InputStream stream) {
  static ScenarioSource ofFile(Path file) {
    return new ScenarioSource(file.toString(), file, null);
  }

  static ScenarioSource ofStdin(InputStream in) {
    return new ScenarioSource("<stdin>", null, in);
  }

  /** The scenario text, decoded strictly as UTF-8. */
  String read() throws IOException {
    byte[] bytes = file != null ? Files.readAllBytes(file) : stream.readAllBytes();
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Why a read failed, in words. */
  static String whyUnreadable(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
      return "is a directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
