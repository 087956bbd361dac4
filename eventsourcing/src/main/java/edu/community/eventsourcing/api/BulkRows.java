package edu.community.eventsourcing.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body of a bulk import, CSV with a header row naming the columns or JSON lines, into one request per row,
 * through the same strict mapping as a single request. A row that cannot be read is kept as
 * {@code malformed-request} with the field and reason, so that it is reported in its place and never stops the
 * others. A body that is empty, not UTF-8 text, or without a single readable row is refused as a whole
 * ({@link Unreadable}, a 400).
 *
 * <p>CSV cells are text; a cell becomes a number only for a number field and only as a plain decimal
 * ({@code 1200}, {@code -3}, {@code 12.5} for a decimal field), a boolean only as {@code true} or {@code false}. Any
 * other cell stays text and is refused by the strict mapping like the same text in JSON. An empty cell is absent.
 */
public final class BulkRows {

    private static final CsvMapper CSV = new CsvMapper();
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BulkRows() {
    }

    /**
     * One row of the body: its request, or why it could not be read.
     *
     * @param number the line number in the body (the header of a CSV is line 1)
     */
    public record Row<T>(int number, T request, String malformed) {
    }

    /** A body that is no import at all. */
    public static class Unreadable extends RuntimeException {
        public Unreadable(String reason) {
            super(reason);
        }
    }

    public static <T> List<Row<T>> csv(String body, ObjectMapper json, Class<T> type) {
        List<Row<T>> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text(body))) {
            String[] names = nextRow(lines, rows, 1);
            if (names == null) {
                throw new Unreadable("the CSV has no readable header row");
            }
            List<String> header = header(names, type);
            int number = 1;
            String[] cells;
            while ((cells = nextRow(lines, rows, number + 1)) != null) {
                number++;
                if (cells.length == 1 && cells[0].isEmpty()) {
                    continue;
                }
                if (cells.length != header.size()) {
                    rows.add(new Row<>(number, null, "has " + cells.length + " cells where the header names "
                            + header.size() + " columns"));
                } else {
                    ObjectNode values = values(header, cells, type);
                    rows.add(read(number, () -> json.treeToValue(values, type)));
                }
            }
        } catch (IOException e) {
            throw new Unreadable("the CSV cannot be read: " + e.getMessage());
        }
        return readable(rows);
    }

    public static <T> List<Row<T>> jsonLines(String body, ObjectMapper json, Class<T> type) {
        List<Row<T>> rows = new ArrayList<>();
        String[] lines = text(body).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                rows.add(read(i + 1, () -> json.readValue(line, type)));
            }
        }
        return readable(rows);
    }

    /** The body as text, without a byte order mark; refused when it is empty or binary. */
    private static String text(String body) {
        String text = body == null ? "" : body.startsWith("\uFEFF") ? body.substring(1) : body;
        if (text.isBlank()) {
            throw new Unreadable("the body is empty");
        }
        if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\u0000') >= 0) {
            throw new Unreadable("the body is not UTF-8 text");
        }
        return text;
    }

    /**
     * The next row, or null at the end. A CSV whose parsing breaks off (e.g. an unclosed quote) reports the row where
     * it did, after those before it.
     */
    private static <T> String[] nextRow(MappingIterator<String[]> lines, List<Row<T>> rows, int number) {
        try {
            return lines.hasNextValue() ? lines.nextValue() : null;
        } catch (IOException | RuntimeException e) {
            rows.add(new Row<>(number, null, "the CSV cannot be read from here on: " + e.getMessage()));
            return null;
        }
    }

    private static List<String> header(String[] names, Class<?> type) {
        List<String> header = Arrays.asList(names);
        Set<String> known = new HashSet<>(fieldTypes(type).keySet());
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!known.contains(name)) {
                throw new Unreadable("unknown column '" + name + "'; the columns are " + known);
            }
            if (!seen.add(name)) {
                throw new Unreadable("column '" + name + "' is named twice");
            }
        }
        return header;
    }

    private static ObjectNode values(List<String> header, String[] cells, Class<?> type) {
        Map<String, Class<?>> types = fieldTypes(type);
        ObjectNode values = NODES.objectNode();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                values.set(header.get(i), value(cells[i], types.get(header.get(i))));
            }
        }
        return values;
    }

    private static JsonNode value(String cell, Class<?> type) {
        if (isInteger(type) && INTEGER.matcher(cell).matches()) {
            return NODES.numberNode(new BigInteger(cell));
        }
        if (isDecimal(type) && DECIMAL.matcher(cell).matches()) {
            return NODES.numberNode(new BigDecimal(cell));
        }
        if ((type == Boolean.class || type == boolean.class) && (cell.equals("true") || cell.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(cell));
        }
        return NODES.textNode(cell);
    }

    private static boolean isInteger(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    private static boolean isDecimal(Class<?> type) {
        return type == Double.class || type == double.class || type == BigDecimal.class;
    }

    /** The fields of a request record by name, in their order. */
    private static Map<String, Class<?>> fieldTypes(Class<?> type) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(component.getName(), component.getType());
        }
        return fields;
    }

    /** Rows as read, unless not a single one could be: then the body is no import. */
    private static <T> List<Row<T>> readable(List<Row<T>> rows) {
        if (rows.stream().allMatch(row -> row.request() == null)) {
            throw new Unreadable(rows.isEmpty() ? "the body has no row" : "no row can be read; row "
                    + rows.get(0).number() + ": " + rows.get(0).malformed());
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
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
            String where = cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(mapping.getPath().size() - 1).getFieldName() + ": " : "";
            String message = cause instanceof JsonProcessingException processing ? processing.getOriginalMessage()
                    : cause.getMessage();
            return new Row<>(number, null, where + message);
        } catch (IOException e) {
            return new Row<>(number, null, e.getMessage());
        }
    }
}
