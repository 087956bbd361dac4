package edu.community.assessment.application;

import edu.community.assessment.messaging.ProvincialReportProjection;
import edu.community.eventsourcing.projection.ProjectionRebuilds;
import edu.community.eventsourcing.projection.Projections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Rebuilds the provincial report from offset zero on request, one rebuild at a time, on a thread of its own
 * while the live projection keeps serving; progress is in the {@code eventsourcing.projection.rebuild.*} gauges.
 */
@ApplicationScoped
public class ReportRebuilds {

    private static final Logger LOG = Logger.getLogger(ReportRebuilds.class);

    private final ProjectionRebuilds rebuilds;
    private final Projections projections;
    private final ProvincialReportProjection projection;
    private final MeterRegistry metrics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "provincial-report-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Status> status = new AtomicReference<>(Status.idle());

    public ReportRebuilds(ProjectionRebuilds rebuilds, Projections projections, ProvincialReportProjection projection,
                          MeterRegistry metrics) {
        this.rebuilds = rebuilds;
        this.projections = projections;
        this.projection = projection;
        this.metrics = metrics;
    }

    /**
     * Where the last rebuild stands.
     *
     * @param state     {@code IDLE}, {@code RUNNING}, {@code SWITCHED} or {@code FAILED}
     * @param applied   events applied to the new generation so far
     * @param remaining events left to read up to the end offsets taken at the start
     */
    public record Status(String state, OffsetDateTime startedAt, OffsetDateTime finishedAt, long applied,
                         long remaining, String schema, Integer generation, Long events, Double eventsPerSecond,
                         Duration took, String failure) {

        static Status idle() {
            return new Status("IDLE", null, null, 0, 0, null, null, null, null, null, null);
        }
    }

    /**
     * After an upgrade that changed the report's tables (a newer {@link ProvincialReportProjection#layout()}), the
     * report is rebuilt from offset zero at start; until it switches, reports answer 503 and the live consumer
     * leaves the old generation as it is.
     */
    void rebuildIfOutdated(@Observes StartupEvent started) {
        projections.isCurrent(projection).subscribe().with(current -> {
            if (!current) {
                LOG.warn("the provincial report's tables are of an older layout than this version reads: rebuilding "
                        + "it from offset zero; reports answer 503 until the rebuild switches");
                start();
            }
        }, failure -> LOG.error("could not check the layout of the provincial report's tables; if reports answer 503 "
                + "read-model-rebuilding, start a rebuild with POST /api/v1/reports/provincial/rebuild", failure));
    }

    /** Starts a rebuild unless one is running; answers the status either way, and whether this call started it. */
    public synchronized Started start() {
        if ("RUNNING".equals(status.get().state())) {
            return new Started(false, status());
        }
        OffsetDateTime startedAt = OffsetDateTime.now();
        status.set(new Status("RUNNING", startedAt, null, 0, 0, null, null, null, null, null, null));
        worker.submit(() -> {
            try {
                ProjectionRebuilds.Rebuilt rebuilt = rebuilds.rebuild(projection);
                status.set(new Status("SWITCHED", startedAt, OffsetDateTime.now(), rebuilt.events(), 0,
                        rebuilt.schema(), rebuilt.generation(), rebuilt.events(),
                        Math.round(rebuilt.eventsPerSecond() * 10) / 10.0, rebuilt.took(), null));
            } catch (RuntimeException failure) {
                LOG.error("the provincial report rebuild failed; the live generation keeps serving", failure);
                status.set(new Status("FAILED", startedAt, OffsetDateTime.now(), 0, 0, null, null, null, null,
                        null, failure.toString()));
            }
        });
        return new Started(true, status());
    }

    public record Started(boolean started, Status status) {
    }

    public Status status() {
        Status current = status.get();
        if (!"RUNNING".equals(current.state())) {
            return current;
        }
        return new Status(current.state(), current.startedAt(), null, (long) gauge("applied"),
                (long) gauge("remaining"), null, null, null, null, null, null);
    }

    private double gauge(String name) {
        Gauge gauge = metrics.find("eventsourcing.projection.rebuild." + name).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
