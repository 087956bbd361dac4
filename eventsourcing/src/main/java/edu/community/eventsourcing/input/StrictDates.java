package edu.community.eventsourcing.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Dates only as ISO-8601 local dates, {@code yyyy-MM-dd} with a four-digit year, inside a window: never a number,
 * a date-time, a signed or expanded year or an empty string.
 */
final class StrictDates extends StdScalarDeserializer<LocalDate> {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final LocalDate earliest;
    private final int yearsAhead;
    private final Clock clock;

    StrictDates(LocalDate earliest, int yearsAhead, Clock clock) {
        super(LocalDate.class);
        this.earliest = earliest;
        this.yearsAhead = yearsAhead;
        this.clock = clock;
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return ctxt.reportInputMismatch(this, "must be a date as a string, yyyy-MM-dd");
        }
        String text = p.getText();
        LocalDate date;
        try {
            date = SHAPE.matcher(text).matches() ? LocalDate.parse(text, ISO) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            return ctxt.reportInputMismatch(this, "must be a date, yyyy-MM-dd");
        }
        LocalDate latest = LocalDate.now(clock).plusYears(yearsAhead);
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            return ctxt.reportInputMismatch(this, "must be between %s and %s", earliest, latest);
        }
        return date;
    }
}
