package edu.community.community.application;

import edu.community.community.domain.DivisionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The GB/T 2260 county-level divisions shipped with the service ({@code reference/divisions/areas.csv}). */
@ApplicationScoped
public class ReferenceDivisions implements DivisionDirectory {

    private static final String COUNTIES = "reference/divisions/areas.csv";

    private final Set<String> counties;

    public ReferenceDivisions() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(COUNTIES);
             BufferedReader lines = new BufferedReader(new InputStreamReader(
                     requirePresent(in), StandardCharsets.UTF_8))) {
            counties = lines.lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isCounty(String code) {
        return counties.contains(code);
    }

    private static InputStream requirePresent(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(COUNTIES + " is missing from the service");
        }
        return in;
    }
}
