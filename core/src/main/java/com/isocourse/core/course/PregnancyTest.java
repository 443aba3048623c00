package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pregnancy test; {@code date} is the specimen collection date, from which windows are counted
 * (US26-WINDOW, EU-TEST).
 *
 * @param setting where the specimen was collected; absent when unknown (it then counts as no
 *     setting at all: neither medical nor home)
 */
public record PregnancyTest(LocalDate date, Result result, Optional<Setting> setting)
    implements CourseEvent {
  public PregnancyTest {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(setting, "setting");
  }

  /** The test outcome. */
  public enum Result {
    NEGATIVE,
    POSITIVE
  }

  /** Where the specimen was collected; {@code clinic} and {@code lab} are medical settings. */
  public enum Setting {
    CLINIC,
    LAB,
    HOME;

    public boolean isMedical() {
      return this != HOME;
    }
  }

  public boolean negative() {
    return result == Result.NEGATIVE;
  }

  public boolean inMedicalSetting() {
    return setting.map(Setting::isMedical).orElse(false);
  }
}
