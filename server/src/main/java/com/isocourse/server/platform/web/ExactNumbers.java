package com.isocourse.server.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.isocourse.core.exact.Decimals;
import java.io.IOException;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Numbers in request bodies are held exactly or refused (rules.md §3 exact thresholds,
 * docs/adr/0024): a number read into a {@code double} field (a plan's weight or dose, a missed
 * dose) with more significant digits than a double carries is refused as invalid input naming the
 * field, as the contract reader refuses it in an event, instead of being compared as another
 * number. With {@code use-big-decimal-for-floats} the JSON trees the contract reader checks keep
 * the number as written too.
 */
@Component
class ExactNumbers extends SimpleModule {
  private static final long serialVersionUID = 1L;

  ExactNumbers() {
    super("isocourse-exact-numbers");
    addDeserializer(Double.class, new ExactDouble(Double.class, null));
    addDeserializer(Double.TYPE, new ExactDouble(Double.TYPE, 0.0));
  }

  /** A number that a double does not hold exactly; the answer names its field. */
  static final class NotExact extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    NotExact(JsonParser p, BigDecimal written) {
      super(p, Decimals.TOO_PRECISE, written, Double.class);
    }
  }

  private static final class ExactDouble extends StdScalarDeserializer<Double> {
    private static final long serialVersionUID = 1L;
    private final NumberDeserializers.DoubleDeserializer standard;

    ExactDouble(Class<Double> type, Double emptyValue) {
      super(type);
      this.standard = new NumberDeserializers.DoubleDeserializer(type, emptyValue);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT) || p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        BigDecimal written = p.getDecimalValue();
        if (!Decimals.holdsExactly(written)) {
          throw new NotExact(p, written);
        }
        return written.doubleValue();
      }
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        // a number sent as text ("879.99999999999999") is held to the same rule
        BigDecimal written = decimal(p.getText());
        if (written != null && !Decimals.holdsExactly(written)) {
          throw new NotExact(p, written);
        }
      }
      return standard.deserialize(p, context);
    }

    private static BigDecimal decimal(String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null; // not a decimal: the standard reading decides (and refuses it)
      }
    }

    @Override
    public Double getNullValue(DeserializationContext context)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      return standard.getNullValue(context);
    }
  }
}
