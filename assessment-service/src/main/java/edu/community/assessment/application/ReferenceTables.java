package edu.community.assessment.application;

import edu.community.assessment.domain.Quota;
import edu.community.assessment.domain.Quotas;
import edu.community.assessment.domain.ReportRules;
import edu.community.contracts.staffing.careers.RotationPolicy;
import edu.community.contracts.staffing.careers.RuralServicePolicy;
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
 * The tables the report reads besides the event log: the dated support-county table, the quotas and the locality's
 * values of rules 4–6. Each table is the one shipped with the service unless operators name a file
 * ({@code assessment.reference.support-counties-file}, {@code assessment.report.quotas-file}); files are read at
 * start and a bad line stops the service.
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

    /**
     * The rules the report applies: the support counties, and rules 4–6 with the keys and values of staffing-service
     * ({@code staffing.rotation.*}, {@code staffing.rural-service.required-days}), so that both count alike. The
     * report keeps counts, so the base of the backbone ratio does not change them: its share is over the rotated.
     */
    @Produces
    @Singleton
    ReportRules reportRules(SupportCounties supportCounties,
                            @ConfigProperty(name = "staffing.rotation.teacher-years") int teacherYears,
                            @ConfigProperty(name = "staffing.rotation.principal-term-years") int principalTermYears,
                            @ConfigProperty(name = "staffing.rotation.principal-terms") int principalTerms,
                            @ConfigProperty(name = "staffing.rural-service.required-days") int requiredDays) {
        return new ReportRules(supportCounties,
                new RotationPolicy(teacherYears, principalTermYears, principalTerms, RotationPolicy.Base.ROTATED),
                new RuralServicePolicy(requiredDays, 0));
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
