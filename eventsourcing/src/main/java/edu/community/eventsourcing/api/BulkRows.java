package edu.community.eventsourcing.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of a bulk import, CSV with a header row naming the columns or JSON lines, into one request
 * per row. A row that cannot be read is kept as {@code malformed-request} with the field and reason, so that it
 * is reported in its place and never stops the others; a CSV that cannot be read at all is a 400.
 */
public final class BulkRows {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    private BulkRows() {
    }

    /**
     * One row of the body: its request, or why it could not be read.
     *
     * @param number the line number in the body (the header of a CSV is line 1)
     */
    public record Row<T>(int number, T request, String malformed) {
    }

    public static <T> List<Row<T>> csv(String body, ObjectMapper json, Class<T> type) {
        List<Row<T>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            int number = 1;
            while (lines.hasNext()) {
                Map<String, String> values = new LinkedHashMap<>(lines.next());
                values.values().removeIf(String::isEmpty);
                rows.add(read(++number, () -> json.convertValue(values, type)));
            }
        } catch (IOException | RuntimeException e) {
            throw new BadRequestException("the CSV cannot be read: " + e.getMessage());
        }
        return rows;
    }

    public static <T> List<Row<T>> jsonLines(String body, ObjectMapper json, Class<T> type) {
        List<Row<T>> rows = new ArrayList<>();
        String[] lines = body.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                rows.add(read(i + 1, () -> json.readValue(line, type)));
            }
        }
        return rows;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read() throws IOException;
    }

    private static <T> Row<T> read(int number, Reader<T> reader) {
        try {
            return new Row<>(number, reader.read(), null);
        } catch (IOException | IllegalArgumentException e) {
            Throwable cause = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
            String where = cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(mapping.getPath().size() - 1).getFieldName() + ": " : "";
            String message = cause instanceof JsonMappingException mapping ? mapping.getOriginalMessage() : cause.getMessage();
            return new Row<>(number, null, where + message);
        }
    }
}
