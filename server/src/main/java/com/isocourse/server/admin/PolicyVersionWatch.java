package com.isocourse.server.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's copy of the clinic policy in step with the database when several instances
 * share it (issue 13 item 4, docs/adr/0011).
 *
 * <p>On a connection of its own (outside the pool, which it would otherwise hold forever), it
 * listens on the channel {@code clinic_policy}, then reads the one-row version: at once when a
 * change is announced, and at the latest {@link #POLL_MILLIS} ms after the previous read, in case
 * an announcement was lost (notifications are not delivered while the connection is down). Each
 * read is reported to {@link ClinicPolicyRepository#versionChecked}, which trusts its copy only
 * shortly after a read, so a lost connection makes requests read the table rather than use a stale
 * copy.
 */
@Component
@DependsOnDatabaseInitialization
public class PolicyVersionWatch {
  private static final Logger log = LoggerFactory.getLogger(PolicyVersionWatch.class);

  /** The longest wait between two reads of the version. */
  public static final int POLL_MILLIS = 250;

  /** The channel V10's trigger announces each committed change on. */
  static final String CHANNEL = "clinic_policy";

  private final ClinicPolicyRepository policy;
  private final DataSourceProperties database;
  private volatile boolean stopping;
  private volatile boolean connected;
  private Thread watch;

  public PolicyVersionWatch(ClinicPolicyRepository policy, DataSourceProperties database) {
    this.policy = policy;
    this.database = database;
  }

  @PostConstruct
  void start() {
    watch = Thread.ofPlatform().name("policy-version-watch").daemon().start(this::watchLoop);
  }

  @PreDestroy
  void stop() throws InterruptedException {
    stopping = true;
    watch.join(5_000);
  }

  /** Whether the watch holds its connection now (for tests and diagnostics). */
  public boolean connected() {
    return connected;
  }

  private void watchLoop() {
    boolean reported = false;
    while (!stopping) {
      try (Connection c = connect()) {
        if (reported) {
          log.info("policy version watch connected again");
          reported = false;
        }
        watch(c);
      } catch (SQLException e) {
        connected = false;
        if (!reported) {
          log.warn("policy version watch lost its connection, retrying: {}", e.getMessage());
          reported = true;
        }
        pause();
      }
    }
    connected = false;
  }

  private void watch(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("listen " + CHANNEL);
      connected = true;
      PGConnection pg = c.unwrap(PGConnection.class);
      while (!stopping) {
        long startedAt = System.nanoTime();
        try (var rs = st.executeQuery("select version from clinic_policy_version")) {
          rs.next();
          policy.versionChecked(rs.getLong(1), startedAt);
        }
        // returns as soon as a change is announced, else after POLL_MILLIS
        pg.getNotifications(POLL_MILLIS);
      }
    }
  }

  private Connection connect() throws SQLException {
    Properties p = new Properties();
    if (database.determineUsername() != null) {
      p.setProperty("user", database.determineUsername());
    }
    if (database.determinePassword() != null) {
      p.setProperty("password", database.determinePassword());
    }
    p.setProperty("connectTimeout", "3");
    p.setProperty("socketTimeout", "10");
    p.setProperty("ApplicationName", "isocourse policy version watch");
    Connection c = DriverManager.getConnection(database.determineUrl(), p);
    c.setAutoCommit(true);
    return c;
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
