package com.isocourse.server.authorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored dispenses as the pharmacy recorded them ({@link DispenseRecorder}): what was handed
 * over, on which date, against which authorization and prescription, by which pharmacy. Read only.
 */
@Repository
public class DispenseHistory {
  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public DispenseHistory(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Capsules of one strength handed over; formulation null when the pharmacy gave none. */
  public record Line(int strengthMg, int count, String formulation) {}

  /** One recorded dispense with the authorization it claimed. */
  public record DispenseRow(
      long id,
      String prescriptionId,
      long patientId,
      LocalDate dispensedOn,
      List<Line> lines,
      String authorizationCode,
      LocalDate doNotDispenseAfter,
      long pharmacyId,
      String pharmacyName,
      int daysSupply) {}

  private static final String SELECT =
      "select d.id, d.prescription_id, d.patient_id, d.dispensed_on, d.capsules, a.code,"
          + " a.do_not_dispense_after, a.pharmacy_id, ph.name,"
          + " coalesce((rx.payload ->> 'daysSupply')::int, 0) as days_supply"
          + " from dispense d join dispense_authorization a on a.id = d.authorization_id"
          + " join pharmacy ph on ph.id = a.pharmacy_id"
          + " join prescription rx on rx.id = d.prescription_id";

  public Optional<DispenseRow> find(long id) {
    return jdbc.sql(SELECT + " where d.id = ?").param(id).query(this::row).optional();
  }

  /** The patient's dispenses, oldest first. */
  public List<DispenseRow> ofPatient(long patientId) {
    return jdbc.sql(SELECT + " where d.patient_id = ? order by d.dispensed_on, d.id")
        .param(patientId)
        .query(this::row)
        .list();
  }

  private DispenseRow row(ResultSet rs, int n) throws SQLException {
    List<Line> lines = new ArrayList<>();
    try {
      for (JsonNode l : json.readTree(rs.getString("capsules"))) {
        lines.add(
            new Line(
                l.path("strengthMg").asInt(),
                l.path("count").asInt(),
                l.hasNonNull("formulation") ? l.get("formulation").asText() : null));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored dispense " + rs.getLong("id") + " is not JSON", e);
    }
    return new DispenseRow(
        rs.getLong("id"),
        rs.getString("prescription_id"),
        rs.getLong("patient_id"),
        rs.getObject("dispensed_on", LocalDate.class),
        List.copyOf(lines),
        rs.getString("code"),
        rs.getObject("do_not_dispense_after", LocalDate.class),
        rs.getLong("pharmacy_id"),
        rs.getString("name"),
        rs.getInt("days_supply"));
  }
}
