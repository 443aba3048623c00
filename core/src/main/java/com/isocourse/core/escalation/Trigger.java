package com.isocourse.core.escalation;

import com.isocourse.core.labs.Analyte;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What puts a course in its severity tier, named in clinical words for the prescriber: a fact
 * behind a stop, a blocking reason, or a due item.
 */
public sealed interface Trigger permits Trigger.Stop, Trigger.Reason, Trigger.Due {

  /** The tier this trigger puts the course in. */
  SeverityTier tier();

  /** When it happened (a stop's fact) or is due (a due item); empty for a reason. */
  Optional<LocalDate> date();

  /** The trigger in a few clinical words, e.g. "Suicidal thoughts reported 2026-11-30". */
  String words();

  /**
   * A stop only a prescriber's review clears, with the fact behind it. Its {@link #key()} names the
   * fact (stop, what, date), so one fact is one alert however often it is recorded again.
   */
  sealed interface Stop extends Trigger
      permits StopNowSymptom, PregnancyCheck, MoodScreenStop, PositivePregnancyTest, StopLevelLab {
    /** The stop's code (SYMPTOM_NEEDS_REVIEW, LAB_NEEDS_REVIEW, …). */
    ReasonCode code();

    /** The date of the fact. */
    LocalDate on();

    /** The fact's identity: code, what (symptom, analyte) and date. */
    String key();

    @Override
    default SeverityTier tier() {
      return SeverityTier.of(code());
    }

    @Override
    default Optional<LocalDate> date() {
      return Optional.of(on());
    }
  }

  /** SAFE-SYMPTOM: a stop-now symptom, e.g. "Suicidal thoughts reported 2026-11-30". */
  record StopNowSymptom(SymptomCode symptom, LocalDate on) implements Stop {
    public StopNowSymptom {
      Objects.requireNonNull(symptom, "symptom");
      Objects.requireNonNull(on, "on");
    }

    @Override
    public ReasonCode code() {
      return ReasonCode.SYMPTOM_NEEDS_REVIEW;
    }

    @Override
    public String key() {
      return code() + ":" + symptom.code() + ":" + on;
    }

    @Override
    public String words() {
      return TriggerWords.symptom(symptom) + " reported " + on;
    }
  }

  /**
   * SAFE-PREGCHECK: a missed period or contraception failure, e.g. "Missed period reported
   * 2026-11-30 — pregnancy test needed".
   */
  record PregnancyCheck(SymptomCode symptom, LocalDate on) implements Stop {
    public PregnancyCheck {
      Objects.requireNonNull(symptom, "symptom");
      Objects.requireNonNull(on, "on");
    }

    @Override
    public ReasonCode code() {
      return ReasonCode.PREGNANCY_CHECK_NEEDED;
    }

    @Override
    public String key() {
      return code() + ":" + symptom.code() + ":" + on;
    }

    @Override
    public String words() {
      return TriggerWords.symptom(symptom) + " reported " + on + " — pregnancy test needed";
    }
  }

  /**
   * SAFE-MOOD: a PHQ-9 with item 9 above 0 ("Thoughts of self-harm on PHQ-9 (item 9 = 2, total 14)
   * 2026-11-30") or a total of 20 or more ("Severe depression on PHQ-9 (total 22) 2026-11-30").
   */
  record MoodScreenStop(LocalDate on, int total, int item9) implements Stop {
    public MoodScreenStop {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public ReasonCode code() {
      return ReasonCode.MOOD_NEEDS_REVIEW;
    }

    @Override
    public String key() {
      return code() + ":" + on;
    }

    @Override
    public String words() {
      return item9 > 0
          ? "Thoughts of self-harm on PHQ-9 (item 9 = " + item9 + ", total " + total + ") " + on
          : "Severe depression on PHQ-9 (total " + total + ") " + on;
    }
  }

  /** ALL-PREG+: "Positive pregnancy test 2026-11-30". */
  record PositivePregnancyTest(LocalDate on) implements Stop {
    public PositivePregnancyTest {
      Objects.requireNonNull(on, "on");
    }

    @Override
    public ReasonCode code() {
      return ReasonCode.PREGNANCY_TEST_POSITIVE;
    }

    @Override
    public String key() {
      return code() + ":" + on;
    }

    @Override
    public String words() {
      return "Positive pregnancy test " + on;
    }
  }

  /**
   * SAFE-TG, SAFE-ALT: "Triglycerides 900 mg/dL on 2026-11-30", "ALT 150 U/L on 2026-11-30 (upper
   * limit 40 U/L)".
   *
   * @param value in the analyte's canonical unit (mg/dL or U/L)
   * @param upperLimit the upper reference limit the result was judged against (ALT/AST)
   */
  record StopLevelLab(
      Analyte analyte, LocalDate on, BigDecimal value, Optional<BigDecimal> upperLimit)
      implements Stop {
    public StopLevelLab {
      Objects.requireNonNull(analyte, "analyte");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(upperLimit, "upperLimit");
    }

    @Override
    public ReasonCode code() {
      return ReasonCode.LAB_NEEDS_REVIEW;
    }

    @Override
    public String key() {
      return code() + ":" + analyte.name() + ":" + on;
    }

    @Override
    public String words() {
      String unit = analyte.canonicalUnit().code();
      String limit =
          analyte.isLiverEnzyme()
              ? upperLimit.map(u -> " (upper limit " + whole(u) + " " + unit + ")").orElse("")
              : "";
      return TriggerWords.analyte(analyte) + " " + whole(value) + " " + unit + " on " + on + limit;
    }

    private static String whole(BigDecimal v) {
      return v.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
  }

  /** Any other blocking reason, missing fact or overdue-labs warning, e.g. "Counseling missing". */
  record Reason(ReasonCode code) implements Trigger {
    public Reason {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public SeverityTier tier() {
      return SeverityTier.of(code);
    }

    @Override
    public Optional<LocalDate> date() {
      return Optional.empty();
    }

    @Override
    public String words() {
      return TriggerWords.reason(code);
    }
  }

  /**
   * A due item as seen on a date: "Pregnancy test overdue since 2026-11-28", "Pregnancy test due
   * today", "Liver blood test (ALT) due 2026-12-05".
   *
   * @param today the date it is seen on
   */
  record Due(DueItem item, LocalDate today) implements Trigger {
    public Due {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(today, "today");
    }

    @Override
    public SeverityTier tier() {
      return SeverityTier.of(item, today);
    }

    @Override
    public Optional<LocalDate> date() {
      return Optional.of(item.date());
    }

    @Override
    public String words() {
      String name = TriggerWords.dueItem(item.item());
      if (item.overdueOn(today)) {
        return name + " overdue since " + item.date().plusDays(7);
      }
      if (item.date().equals(today)) {
        return name + " due today";
      }
      return item.date().isBefore(today)
          ? name + " due since " + item.date()
          : name + " due " + item.date();
    }
  }
}
