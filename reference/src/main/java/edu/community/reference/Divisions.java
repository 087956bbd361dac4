package edu.community.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * 行政区划代码 — the GB/T 2260 divisions: provinces, prefecture-level cities and county-level divisions, by
 * their 6-digit codes ({@code 330000}, {@code 330100}, {@code 330106}) with their names. Loaded once from the
 * files shipped with this module ({@code divisions/}, see its {@code SOURCE.md}).
 */
public final class Divisions {

    private static final Divisions GB_T_2260 = load();

    private final Map<String, String> names;
    private final Map<String, List<String>> children;

    private Divisions(Map<String, String> names, Map<String, List<String>> children) {
        this.names = Collections.unmodifiableMap(names);
        this.children = Collections.unmodifiableMap(children);
    }

    /** The divisions shipped with this module. */
    public static Divisions gbT2260() {
        return GB_T_2260;
    }

    /** Whether {@code code} is a county-level division (县级行政区). */
    public boolean isCounty(String code) {
        return code != null && !code.endsWith("00") && names.containsKey(code);
    }

    /** The division's name, e.g. 330106 → 西湖区. */
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** The cities of a province or the county-level divisions of a city, in code order; none for a county. */
    public List<String> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }

    private static Divisions load() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        read("divisions/provinces.csv", cells -> names.put(cells[0] + "0000", cells[1]));
        read("divisions/cities.csv", cells -> {
            String city = cells[0] + "00";
            names.put(city, cells[1]);
            children.computeIfAbsent(cells[2] + "0000", parent -> new ArrayList<>()).add(city);
        });
        read("divisions/areas.csv", cells -> {
            names.put(cells[0], cells[1]);
            children.computeIfAbsent(cells[2] + "00", parent -> new ArrayList<>()).add(cells[0]);
        });
        return new Divisions(names, children);
    }

    /** Reads {@code code,"name",parent...} lines after a header. */
    private static void read(String file, Consumer<String[]> row) {
        try (InputStream in = Divisions.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the reference module");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.split(",", -1);
                cells[1] = cells[1].replace("\"", "");
                row.accept(cells);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
