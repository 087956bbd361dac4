package edu.community.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The authorization matrix, read from its one source {@code authorization-matrix.csv}: for every write endpoint and
 * every caller of realm edu, the expected answer in each of the caller's places. The test and the table in
 * gateway/README.md are both made from it.
 */
final class Matrix {

    /** Where a cell's records lie, relative to the caller. */
    record Place(String label, String county, boolean ownSchool) {
    }

    /** A caller of the realm: a demo user or a client-credentials client, and the places its cells act in. */
    record Caller(String name, String description, List<Place> places) {
    }

    private static final Place PROVINCE = new Place("in its province (330203)", "330203", false);

    /** The callers in the matrix's column order, with their realm roles and {@code division} claims. */
    static final List<Caller> CALLERS = List.of(
            new Caller("province-officer", "province-officer, 330000", List.of(PROVINCE)),
            new Caller("city-officer", "city-officer, 330100",
                    List.of(new Place("inside (330127)", "330127", false), new Place("outside (330203)", "330203", false))),
            new Caller("county-officer", "county-officer, 330106",
                    List.of(new Place("inside (330106)", "330106", false), new Place("outside (330127)", "330127", false))),
            new Caller("school-officer", "school-officer, 330106, school 3301060001",
                    List.of(new Place("own school (3301060001)", "330106", true),
                            new Place("another school of 330106", "330106", false),
                            new Place("outside (330127)", "330127", false))),
            new Caller("assessor", "assessor, 330000", List.of(PROVINCE)),
            new Caller("analyst", "analyst, 330000", List.of(PROVINCE)),
            new Caller("provincial-emis", "client credentials: system + province-officer, 330000", List.of(PROVINCE)),
            new Caller("county-emis-330106", "client credentials: system + county-officer, 330106",
                    List.of(new Place("inside (330106)", "330106", false), new Place("outside (330127)", "330127", false))),
            new Caller("analytics-platform", "client credentials: analyst, 330000", List.of(PROVINCE)));

    /** One row: an endpoint and, per caller, the expected outcome in each of its places. */
    record Row(String method, String path, Map<String, List<String>> outcomes) {

        String key() {
            return method + " " + path;
        }
    }

    private Matrix() {
    }

    static List<Row> rows() {
        try (InputStream in = Matrix.class.getResourceAsStream("/authorization-matrix.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<String> header = Arrays.asList(lines.get(0).split(","));
            List<String> expectedHeader = new ArrayList<>(List.of("method", "path"));
            CALLERS.forEach(caller -> expectedHeader.add(caller.name()));
            if (!header.equals(expectedHeader)) {
                throw new IllegalStateException("authorization-matrix.csv: the header must be " + expectedHeader);
            }
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Map<String, List<String>> outcomes = new LinkedHashMap<>();
                for (int i = 0; i < CALLERS.size(); i++) {
                    Caller caller = CALLERS.get(i);
                    List<String> perPlace = Arrays.stream(cells[i + 2].split("/")).map(String::strip).toList();
                    if (perPlace.size() != caller.places().size()) {
                        throw new IllegalStateException("authorization-matrix.csv: " + cells[0] + " " + cells[1] + ": "
                                + caller.name() + " needs " + caller.places().size() + " outcomes separated by '/'");
                    }
                    outcomes.put(caller.name(), perPlace);
                }
                rows.add(new Row(cells[0], cells[1], outcomes));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The markdown table of gateway/README.md's section "Authorization matrix". */
    static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder();
        table.append("| endpoint | ").append(CALLERS.stream().map(Caller::name).collect(Collectors.joining(" | ")))
                .append(" |\n");
        table.append("| --- |").append(" --- |".repeat(CALLERS.size())).append('\n');
        for (Row row : rows) {
            table.append("| `").append(row.key()).append("` | ")
                    .append(CALLERS.stream().map(caller -> String.join(" / ", row.outcomes().get(caller.name())))
                            .collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        table.append('\n');
        for (Caller caller : CALLERS) {
            table.append("- `").append(caller.name()).append("` (").append(caller.description()).append("): ")
                    .append(caller.places().stream().map(Place::label).collect(Collectors.joining(" / ")))
                    .append('\n');
        }
        return table.toString();
    }
}
