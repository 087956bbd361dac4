package edu.community.assessment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.assessment.domain.QuotaProgress;
import edu.community.assessment.domain.ReportPeriod;
import edu.community.assessment.domain.SchoolYear;
import edu.community.contracts.EventContracts;
import edu.community.contracts.assessment.ProvincialReportSnapshot;
import edu.community.contracts.assessment.QuotaFigure;
import edu.community.contracts.assessment.ReportFigure;
import edu.community.eventsourcing.EventsourcingConfig;
import edu.community.eventsourcing.publish.CloudEventRecords;
import edu.community.eventsourcing.publish.KafkaProducers;
import edu.community.eventsourcing.security.Division;
import edu.community.reference.Divisions;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the current school year's report of the province, each city and each county to the compacted
 * topic {@code edu.assessment.reports} ({@link ProvincialReportSnapshot}), every interval, sending a division's
 * snapshot only when its figures changed since the last one sent. After a restart everything is sent once
 * more, which compaction absorbs.
 */
@ApplicationScoped
public class ReportSnapshots {

    private static final Logger LOG = Logger.getLogger(ReportSnapshots.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final ProvincialReports reports;
    private final KafkaProducers producers;
    private final ObjectMapper json;
    private final EventsourcingConfig config;
    private final String topic;
    private final Duration interval;
    private final boolean enabled;
    private final List<String> provinces;
    private final Divisions divisions = Divisions.gbT2260();
    private final Map<String, String> lastSent = new ConcurrentHashMap<>();
    private ScheduledExecutorService schedule;
    private Producer<String, byte[]> producer;

    public ReportSnapshots(ProvincialReports reports, KafkaProducers producers, ObjectMapper json,
                           EventsourcingConfig config,
                           @ConfigProperty(name = "assessment.report.snapshots.topic") String topic,
                           @ConfigProperty(name = "assessment.report.snapshots.interval") Duration interval,
                           @ConfigProperty(name = "assessment.report.snapshots.enabled", defaultValue = "true") boolean enabled,
                           @ConfigProperty(name = "assessment.report.provinces", defaultValue = "330000") List<String> provinces) {
        this.reports = reports;
        this.producers = producers;
        this.json = json;
        this.config = config;
        this.topic = topic;
        this.interval = interval;
        this.enabled = enabled;
        this.provinces = List.copyOf(provinces);
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "report-snapshots");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> {
            try {
                publish(LocalDate.now(SchoolYear.CHINA));
            } catch (RuntimeException failure) {
                LOG.warn("report snapshots not published this time; next try in " + interval, failure);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (schedule != null) {
            schedule.shutdownNow();
        }
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    /** Publishes the changed snapshots of the school year of {@code date}, as of that date; blocking. */
    public synchronized int publish(LocalDate date) {
        ReportPeriod period = new ReportPeriod(SchoolYear.containing(date), date);
        if (producer == null) {
            ensureTopic();
            producer = producers.create();
        }
        int sent = 0;
        for (String code : provinces) {
            List<String> units = unitsOf(new Division(code));
            Map<String, SortedMap<String, Long>> figures = reports.figures(units, date).await().atMost(TIMEOUT);
            for (String unit : units) {
                if (!figures.containsKey(unit)) {
                    continue;
                }
                List<QuotaProgress> quotas = reports.quotaProgress(new Division(unit), period).await().atMost(TIMEOUT);
                if (send(snapshotOf(new Division(unit), period, figures.get(unit), quotas))) {
                    sent++;
                }
            }
        }
        producer.flush();
        LOG.debugf("published %d changed report snapshots for %s", sent, date);
        return sent;
    }

    private ProvincialReportSnapshot snapshotOf(Division division, ReportPeriod period, SortedMap<String, Long> values,
                                                List<QuotaProgress> quotas) {
        List<ReportFigure> figures = new ArrayList<>();
        values.forEach((figure, value) -> figures.add(new ReportFigure(figure, value)));
        List<QuotaFigure> quotaFigures = quotas.stream()
                .map(progress -> new QuotaFigure(progress.quota().division(), progress.quota().from(),
                        progress.quota().to(), progress.quota().target(), progress.achieved()))
                .toList();
        String level = division.isProvince() ? "province" : division.isCity() ? "city" : "county";
        return new ProvincialReportSnapshot(division.code(), divisions.nameOf(division.code()).orElse(null), level,
                period.year().toString(), figures, quotaFigures, period.asOf());
    }

    /** Sends the snapshot unless its figures equal the last ones sent for its key; waits for the broker. */
    private boolean send(ProvincialReportSnapshot snapshot) {
        String key = "provincial-report-" + snapshot.division() + "-" + snapshot.schoolYear();
        String figures = snapshot.figures() + "|" + snapshot.quotas();
        if (figures.equals(lastSent.get(key))) {
            return false;
        }
        byte[] value;
        try {
            value = json.writeValueAsBytes(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            producer.send(CloudEventRecords.snapshot(topic, config.source(),
                            EventContracts.cloudEventType(ProvincialReportSnapshot.class), key, snapshot.division(), value))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot publish " + key, e);
        }
        lastSent.put(key, figures);
        return true;
    }

    private List<String> unitsOf(Division province) {
        List<String> units = new ArrayList<>();
        units.add(province.code());
        for (String city : divisions.childrenOf(province.code())) {
            units.add(city);
            units.addAll(divisions.childrenOf(city));
        }
        return units;
    }

    private void ensureTopic() {
        try {
            producers.ensureTopic(topic, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }
}
