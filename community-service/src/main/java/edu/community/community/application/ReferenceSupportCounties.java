package edu.community.community.application;

import edu.community.reference.SupportCounties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The dated support-county table: the file named by {@code community.reference.support-counties-file} when
 * set (so operators can load a newer table without a rebuild), else the one shipped with the reference module.
 */
@ApplicationScoped
public class ReferenceSupportCounties {

    private static final Logger LOG = Logger.getLogger(ReferenceSupportCounties.class);

    @Produces
    @ApplicationScoped
    SupportCounties supportCounties(
            @ConfigProperty(name = "community.reference.support-counties-file") Optional<Path> file) {
        file.ifPresent(path -> LOG.infof("support counties from %s", path));
        return file.map(SupportCounties::read).orElseGet(SupportCounties::bundled);
    }
}
