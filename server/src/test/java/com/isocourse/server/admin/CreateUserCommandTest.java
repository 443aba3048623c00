package com.isocourse.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.server.platform.db.TestDatabase;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code isocourse admin create-user} on an empty production database: it migrates the schema,
 * creates the admin with a generated or piped password, refuses a weak password, and refuses an
 * existing username without touching it.
 */
class CreateUserCommandTest {
  private static final String URL = TestDatabase.url("create_user_command");
  private static final Map<String, String> ENV =
      Map.of(
          "ISOCOURSE_DB_URL",
          URL,
          "ISOCOURSE_DB_USER",
          TestDatabase.user(),
          "ISOCOURSE_DB_PASSWORD",
          TestDatabase.password());

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final JdbcClient jdbc =
      JdbcClient.create(
          new DriverManagerDataSource(URL, TestDatabase.user(), TestDatabase.password()));

  private int run(String stdin, Map<String, String> env, String... args) throws Exception {
    out.reset();
    err.reset();
    return new CreateUserCommand(
            new BufferedReader(new StringReader(stdin)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env)
        .run(List.of(args));
  }

  @Test
  void createsTheFirstAdminOnAnEmptyDatabaseWithAGeneratedPasswordAndOnlyOnce() throws Exception {
    assertThat(
            run(
                "",
                ENV,
                "--username",
                "ops.admin",
                "--role",
                "admin",
                "--display-name",
                "Clinic operations"))
        .as(err.toString())
        .isEqualTo(CreateUserCommand.CREATED);
    Matcher m =
        Pattern.compile("Password \\(shown once, store it now\\): (\\S+)").matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    String password = m.group(1);
    String hash =
        jdbc.sql(
                "select password_hash from app_user where username = 'ops.admin' and role = 'ADMIN'")
            .query(String.class)
            .single();
    assertThat(new BCryptPasswordEncoder().matches(password, hash)).isTrue();

    assertThat(
            run(
                "another-strong-secret-1\n",
                ENV,
                "--username",
                "ops.admin",
                "--role",
                "prescriber",
                "--display-name",
                "Someone else",
                "--password-stdin"))
        .isEqualTo(CreateUserCommand.EXISTS);
    assertThat(err.toString()).contains("already exists");
    assertThat(
            jdbc.sql("select password_hash || role from app_user where username = 'ops.admin'")
                .query(String.class)
                .single())
        .isEqualTo(hash + "ADMIN");
  }

  @Test
  void aPipedPasswordIsUsedAndAPrescriberGetsTheirPrescriberRecord() throws Exception {
    assertThat(
            run(
                "a-piped-strong-secret-5\n",
                ENV,
                "--username",
                "dr.cli",
                "--role",
                "PRESCRIBER",
                "--display-name",
                "Dr. Cli",
                "--password-stdin"))
        .as(err.toString())
        .isEqualTo(CreateUserCommand.CREATED);
    assertThat(out.toString()).doesNotContain("a-piped-strong-secret-5");
    String hash =
        jdbc.sql("select password_hash from app_user where username = 'dr.cli'")
            .query(String.class)
            .single();
    assertThat(new BCryptPasswordEncoder().matches("a-piped-strong-secret-5", hash)).isTrue();
    assertThat(
            jdbc.sql(
                    "select count(*) from prescriber p join app_user u on u.id = p.user_id"
                        + " where u.username = 'dr.cli'")
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void weakPasswordsBadArgumentsAndMissingSettingsAreRefusedAndCreateNothing() throws Exception {
    for (String weak :
        new String[] {"short", "aaaaaaaaaaaaaaaa", "password1234", "xx-weak.user-xx"}) {
      assertThat(
              run(
                  weak + "\n",
                  ENV,
                  "--username",
                  "weak.user",
                  "--role",
                  "admin",
                  "--display-name",
                  "Weak",
                  "--password-stdin"))
          .as(weak)
          .isEqualTo(CreateUserCommand.USAGE);
      assertThat(err.toString()).contains("Refused: the password");
    }
    assertThat(run("", ENV, "--username", "x.user", "--role", "patient", "--display-name", "P"))
        .isEqualTo(CreateUserCommand.USAGE);
    assertThat(run("", ENV, "--username", "x.user", "--role", "admin")).isEqualTo(2);
    assertThat(run("", ENV, "--username", "p.user", "--role", "pharmacist", "--display-name", "P"))
        .isEqualTo(CreateUserCommand.USAGE);
    assertThat(run("", ENV, "--bogus")).isEqualTo(CreateUserCommand.USAGE);
    assertThat(err.toString()).contains("usage: isocourse admin create-user");
    assertThat(run("", Map.of(), "--username", "x.user", "--role", "admin", "--display-name", "X"))
        .isEqualTo(CreateUserCommand.USAGE);
    assertThat(err.toString()).contains("ISOCOURSE_DB_URL");
    assertThat(
            jdbc.sql(
                    "select count(*) from app_user where username in ('weak.user', 'x.user',"
                        + " 'p.user')")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theLauncherSendsAdminToTheServerJarLikeServeAndAudit() throws Exception {
    Path launcher = Path.of("..", "isocourse");
    if (!Files.exists(launcher)) {
      launcher = Path.of("isocourse");
    }
    String script = Files.readString(launcher);
    assertThat(script).containsPattern("demo \\| serve \\| audit \\| admin\\) MODULE=server");
  }
}
