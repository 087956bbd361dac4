package edu.community.assessment.application;

import edu.community.assessment.domain.Quota;
import edu.community.assessment.domain.Quotas;
import edu.community.reference.CsvTable;
import edu.community.reference.SupportCounties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The tables the report reads besides the event log: the dated support-county table and the quotas. Each is
 * the one shipped with the service unless operators name a file ({@code assessment.reference.support-counties-file},
 * {@code assessment.report.quotas-file}); files are read at start and a bad line stops the service.
 */
@ApplicationScoped
public class ReferenceTables {

    private static final Logger LOG = Logger.getLogger(ReferenceTables.class);
    private static final String BUNDLED_QUOTAS = "reference/zhejiang-quotas-2021.csv";
    private static final String QUOTA_HEADER = "division_code,name,from,to,target";

    @Produces
    @ApplicationScoped
    SupportCounties supportCounties(
            @ConfigProperty(name = "assessment.reference.support-counties-file") Optional<Path> file) {
        file.ifPresent(path -> LOG.infof("support counties from %s", path));
        return file.map(SupportCounties::read).orElseGet(SupportCounties::bundled);
    }

    @Produces
    @Singleton
    Quotas quotas(@ConfigProperty(name = "assessment.report.quotas-file") Optional<Path> file) {
        try (InputStream in = file.isPresent() ? Files.newInputStream(file.get())
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED_QUOTAS)) {
            String source = file.map(Path::toString).orElse(BUNDLED_QUOTAS);
            if (in == null) {
                throw new IllegalStateException(source + " is missing");
            }
            LOG.infof("quotas from %s", source);
            return new Quotas(parseQuotas(in, source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Quota> parseQuotas(InputStream in, String source) throws IOException {
        return CsvTable.read(in, source, QUOTA_HEADER, cells -> new Quota(cells[0].strip(), cells[1].strip(),
                LocalDate.parse(cells[2].strip()), LocalDate.parse(cells[3].strip()), Integer.parseInt(cells[4].strip())));
    }
}
