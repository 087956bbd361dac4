package edu.community.staffing.projection;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * 个人信息清理 — every {@code staffing.personal-data.housekeeping-interval}, deletes the personal data reserved by a
 * registration that never wrote its event and was not retried within {@code staffing.personal-data.abandoned-after}
 * (see the module README, "Personal data"). Such rows were never visible; this keeps them from being kept.
 */
@ApplicationScoped
public class PersonalDataHousekeeping {

    private static final Logger LOG = Logger.getLogger(PersonalDataHousekeeping.class);

    private final PersonalDataRegister register;
    private final Vertx vertx;
    private final Duration abandonedAfter;
    private final Duration interval;

    public PersonalDataHousekeeping(PersonalDataRegister register, Vertx vertx,
                                    @ConfigProperty(name = "staffing.personal-data.abandoned-after") Duration abandonedAfter,
                                    @ConfigProperty(name = "staffing.personal-data.housekeeping-interval") Duration interval) {
        this.register = register;
        this.vertx = vertx;
        this.abandonedAfter = abandonedAfter;
        this.interval = interval;
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(interval.toMillis(), ignored -> register.releaseAbandoned(Instant.now().minus(abandonedAfter))
                .subscribe().with(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("deleted %d personal-data reservations no registration adopted", deleted);
                    }
                }, failure -> LOG.warn("personal-data housekeeping failed; it runs again", failure)));
    }
}
