package dev.newsnlp.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * {@code documents.published} (a date or a date-time, as the page or the input gave it) as one UTC instant
 * for {@code published_ts}. A date is its midnight UTC; a date-time without an offset is read as UTC (pages
 * that omit the offset rarely mean anything else we could know); anything else is null, never a guess.
 */
public final class PublishedTimes {
  private static final List<Function<String, java.time.Instant>> PARSERS = List.of(
      s -> OffsetDateTime.parse(s).toInstant(),
      s -> ZonedDateTime.parse(s).toInstant(),
      s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
      s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
      s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

  /** The instant of {@code published}, or null when it is null or not a date we can read. */
  public static @Nullable Instant utc(@Nullable String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    String s = published.strip();
    // "2025-03-10 08:30:00" is common in feeds; ISO wants the T.
    if (s.length() > 10 && s.charAt(10) == ' ' && Character.isDigit(s.charAt(11))) {
      s = s.substring(0, 10) + "T" + s.substring(11);
    }
    for (Function<String, java.time.Instant> parser : PARSERS) {
      try {
        return Instant.ofEpochMilli(parser.apply(s).toEpochMilli());
      } catch (DateTimeParseException | ArithmeticException e) {
        // try the next form
      }
    }
    return null;
  }

  private PublishedTimes() {}
}
