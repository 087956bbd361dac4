package edu.community.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A reference table in a simple CSV file: a fixed header, then one row per line, cells without commas. A bad
 * header or row fails with the file and line, so that a service refuses to start on a broken table.
 */
public final class CsvTable {

    private CsvTable() {
    }

    public static <T> List<T> read(InputStream in, String source, String header, Function<String[], T> row)
            throws IOException {
        List<T> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            if (first == null || !first.strip().equals(header)) {
                throw new IllegalStateException(source + ": the header must be " + header);
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(row.apply(line.split(",", -1)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(source + " line " + number + " cannot be read: " + line, e);
                }
            }
        }
        return rows;
    }
}
