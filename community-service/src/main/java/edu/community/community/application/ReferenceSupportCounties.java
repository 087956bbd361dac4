package edu.community.community.application;

import edu.community.community.domain.SupportCategory;
import edu.community.community.domain.SupportCounties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the dated support-county table: the file named by {@code community.reference.support-counties-file}
 * when set (so operators can load a newer table without a rebuild), else the one shipped with the service.
 */
@ApplicationScoped
public class ReferenceSupportCounties {

    private static final Logger LOG = Logger.getLogger(ReferenceSupportCounties.class);
    private static final String BUNDLED = "reference/zhejiang-support-counties.csv";

    @Produces
    @ApplicationScoped
    SupportCounties supportCounties(
            @ConfigProperty(name = "community.reference.support-counties-file") Optional<Path> file) {
        if (file.isPresent()) {
            try (InputStream in = Files.newInputStream(file.get())) {
                LOG.infof("support counties from %s", file.get());
                return new SupportCounties(parse(in, file.get().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.get(), e);
            }
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            return new SupportCounties(parse(in, BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code division_code,name,category,valid_from,valid_to}; a bad line stops the service with its number. */
    static List<SupportCounties.Listing> parse(InputStream in, String source) throws IOException {
        List<SupportCounties.Listing> listings = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null || !header.strip().equals("division_code,name,category,valid_from,valid_to")) {
                throw new IllegalStateException(source + ": the header must be division_code,name,category,valid_from,valid_to");
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                try {
                    listings.add(new SupportCounties.Listing(cells[0].strip(), cells[1].strip(),
                            SupportCategory.valueOf(cells[2].strip()), LocalDate.parse(cells[3].strip()),
                            cells[4].isBlank() ? null : LocalDate.parse(cells[4].strip())));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(source + " line " + number + " is not a listing: " + line, e);
                }
            }
        }
        return listings;
    }
}
