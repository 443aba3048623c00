package com.isocourse.server.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How Spring Session JDBC stores session attributes: Java serialization, as by default, except that
 * an attribute that can no longer be read reads as absent. A session stored before the person
 * became one type per role (ADR 0021) holds a class that no longer exists: it is read as nobody, so
 * the person signs in again, instead of every request of theirs failing until the session expires
 * (spring-session issue 1939) or being read as some other role.
 */
@Configuration(proxyBeanMethods = false)
class StoredSessionAttributes {
  private static final Logger log = LoggerFactory.getLogger(StoredSessionAttributes.class);

  /** Spring Session JDBC takes the bean of this name to write and read attribute bytes. */
  @Bean
  ConversionService springSessionConversionService() {
    GenericConversionService conversions = new GenericConversionService();
    conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversions.addConverter(
        byte[].class,
        Object.class,
        readOrNothing(new DeserializingConverter(StoredSessionAttributes.class.getClassLoader())));
    return conversions;
  }

  static Converter<byte[], Object> readOrNothing(DeserializingConverter read) {
    return bytes -> {
      try {
        return read.convert(bytes);
      } catch (SerializationFailedException e) {
        log.info("a stored session attribute could not be read; it is dropped: {}", e.getMessage());
        return null;
      }
    };
  }
}
