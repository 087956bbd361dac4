package edu.community.assessment.application;

import edu.community.assessment.application.ReportViews.CommunityReport;
import edu.community.assessment.application.ReportViews.DivisionReport;
import edu.community.assessment.application.ReportViews.Evidence;
import edu.community.assessment.application.ReportViews.Item;
import edu.community.assessment.application.ReportViews.Line;
import edu.community.assessment.application.ReportViews.Member;
import edu.community.assessment.application.ReportViews.QuotaLine;
import edu.community.assessment.domain.CommunityOnDate;
import edu.community.assessment.domain.Contribution;
import edu.community.assessment.domain.ProvincialTally;
import edu.community.assessment.domain.Quota;
import edu.community.assessment.domain.QuotaProgress;
import edu.community.assessment.domain.Quotas;
import edu.community.assessment.domain.ReportPeriod;
import edu.community.assessment.domain.ReportShares;
import edu.community.assessment.messaging.ReportFacts;
import edu.community.assessment.messaging.ReportReadModel;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.reference.Divisions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 全省报表 — the provincial report on a date, read from the report's read model: each report reads the figures
 * of the unit asked for and of the units one level below, never the province's facts; reads only.
 */
@ApplicationScoped
public class ProvincialReports {

    /** The figure name under which a division's quota progress lists its new members. */
    public static final String QUOTA_FIGURE = "quota.achieved";

    private final ReportReadModel readModel;
    private final ReportFacts facts;
    private final Quotas quotas;
    private final Divisions divisions = Divisions.gbT2260();

    public ProvincialReports(ReportReadModel readModel, ReportFacts facts, Quotas quotas) {
        this.readModel = readModel;
        this.facts = facts;
        this.quotas = quotas;
    }

    public Uni<DivisionReport> report(Division division, ReportPeriod period, Caller caller) {
        caller.requireReadAccess(division);
        return readModel.read(snapshot -> divisionReport(snapshot, division, period));
    }

    /** Each unit's figures on a date; a unit nothing counts in has none. */
    public Uni<Map<String, SortedMap<String, Long>>> figures(Collection<String> units, LocalDate date) {
        return readModel.read(snapshot -> snapshot.figures(units, date));
    }

    private Uni<DivisionReport> divisionReport(ReportReadModel.Snapshot snapshot, Division division, ReportPeriod period) {
        String query = "?schoolYear=" + period.year() + "&asOf=" + period.asOf();
        Uni<List<CommunityOnDate>> communities = division.isProvince() || division.isCity()
                ? Uni.createFrom().item(List.of())
                : snapshot.communitiesOfCounty(division.code(), period.asOf());
        return communities.flatMap(below -> {
            List<String> children = division.isProvince() || division.isCity() ? divisions.childrenOf(division.code())
                    : below.stream().map(community -> ProvincialTally.communityUnit(community.id())).toList();
            List<String> units = new ArrayList<>(children);
            units.add(division.code());
            return snapshot.figures(units, period.asOf()).flatMap(figures -> quotaProgress(snapshot, division, period)
                    .map(progress -> {
                        SortedMap<String, Long> own = figuresOf(figures, division.code());
                        List<Line> lines = new ArrayList<>();
                        if (division.isProvince() || division.isCity()) {
                            for (String child : children) {
                                SortedMap<String, Long> of = figuresOf(figures, child);
                                lines.add(new Line(child, divisions.nameOf(child).orElse(null),
                                        division.isProvince() ? "city" : "county", null, of, ReportShares.of(of),
                                        "/api/v1/reports/provincial/divisions/" + child + query));
                            }
                        } else {
                            for (CommunityOnDate community : below) {
                                String unit = ProvincialTally.communityUnit(community.id());
                                SortedMap<String, Long> of = figuresOf(figures, unit);
                                lines.add(new Line(unit, community.name(), "community", community.model(), of,
                                        ReportShares.of(of), "/api/v1/reports/provincial/communities/" + community.id() + query));
                            }
                        }
                        return new DivisionReport(division.code(), divisions.nameOf(division.code()).orElse(null),
                                levelOf(division), period.year().toString(), period.asOf(), own, ReportShares.of(own),
                                progress.stream().map(ProvincialReports::quotaLine).toList(), lines);
                    }));
        });
    }

    public Uni<CommunityReport> community(String communityId, ReportPeriod period, Caller caller) {
        String unit = ProvincialTally.communityUnit(communityId);
        return readModel.read(snapshot -> activeCommunity(snapshot, communityId, period, caller)
                .flatMap(community -> snapshot.members(communityId, period.asOf())
                        .flatMap(members -> snapshot.figures(List.of(unit), period.asOf())
                                .map(figures -> new CommunityReport(community.id(), community.name(), community.model(),
                                        community.coreSchool(), community.coreCounty(), period.year().toString(),
                                        period.asOf(), members.stream().map(ProvincialReports::member).toList(),
                                        figuresOf(figures, unit))))));
    }

    /**
     * The events behind one figure of a division ({@code unit} a GB/T 2260 code) or of a community ({@code unit}
     * {@code community/<id>}); {@link #QUOTA_FIGURE} lists the new members counted toward the division's quota.
     */
    public Uni<Evidence> evidence(String unit, String figure, ReportPeriod period, Caller caller) {
        Uni<List<Contribution>> counted;
        if (unit.startsWith("community/")) {
            counted = readModel.read(snapshot -> activeCommunity(snapshot, unit.substring("community/".length()),
                    period, caller).flatMap(community -> snapshot.contributions(unit, figure, period.asOf())));
        } else {
            Division division = new Division(unit);
            caller.requireReadAccess(division);
            counted = readModel.read(snapshot -> QUOTA_FIGURE.equals(figure)
                    ? quotaProgress(snapshot, division, period).map(progress -> progress.isEmpty()
                            ? List.<Contribution>of() : progress.get(0).newMembers())
                    : snapshot.contributions(unit, figure, period.asOf()));
        }
        return counted.flatMap(contributions -> {
            Set<UUID> ids = new LinkedHashSet<>();
            contributions.forEach(contribution -> ids.addAll(contribution.events()));
            return facts.sourceEvents(ids).map(events -> {
                Map<UUID, ReportFacts.SourceEvent> byId = events.stream()
                        .collect(Collectors.toMap(ReportFacts.SourceEvent::id, Function.identity()));
                List<Item> items = contributions.stream()
                        .map(contribution -> new Item(contribution.subject(), contribution.weight(),
                                contribution.events().stream().map(byId::get).filter(Objects::nonNull).toList()))
                        .toList();
                long value = contributions.stream().mapToLong(Contribution::weight).sum();
                return new Evidence(unit, figure, period.year().toString(), period.asOf(), value, items);
            });
        });
    }

    /** Progress toward each quota of the division that applies to the period. */
    public Uni<List<QuotaProgress>> quotaProgress(Division division, ReportPeriod period) {
        return readModel.read(snapshot -> quotaProgress(snapshot, division, period));
    }

    private Uni<List<QuotaProgress>> quotaProgress(ReportReadModel.Snapshot snapshot, Division division,
                                                   ReportPeriod period) {
        List<Quota> applying = quotas.of(division.code()).stream()
                .filter(quota -> quota.appliesTo(period.year(), period.asOf()))
                .toList();
        Uni<List<QuotaProgress>> progress = Uni.createFrom().item(new ArrayList<>());
        for (Quota quota : applying) {
            LocalDate countedTo = quota.countedTo(period.asOf());
            progress = progress.flatMap(done -> snapshot.contributions(division.code(), Quota.COUNTED, quota.from().minusDays(1))
                    .flatMap(eve -> snapshot.contributions(division.code(), Quota.COUNTED, countedTo)
                            .map(last -> {
                                done.add(quota.progress(eve, last, countedTo));
                                return done;
                            })));
        }
        return progress;
    }

    private static QuotaLine quotaLine(QuotaProgress done) {
        return new QuotaLine(done.quota().division(), done.quota().name(), done.quota().from(), done.quota().to(),
                done.quota().target(), done.achieved(), Math.round(done.share() * 10_000) / 10_000.0, done.countedTo());
    }

    private static Member member(ReportReadModel.Member member) {
        var line = member.line();
        return new Member(member.schoolCode(), line.name(), line.county(), line.classification(), line.since(),
                line.crossRegion(), line.supportCategory());
    }

    private Uni<CommunityOnDate> activeCommunity(ReportReadModel.Snapshot snapshot, String communityId,
                                                 ReportPeriod period, Caller caller) {
        return snapshot.community(communityId, period.asOf()).map(found -> {
            CommunityOnDate community = found.orElseThrow(() -> notActive(communityId, period));
            caller.requireReadAccess(new Division(community.coreCounty()));
            return community;
        });
    }

    private static SortedMap<String, Long> figuresOf(Map<String, SortedMap<String, Long>> figures, String unit) {
        return figures.getOrDefault(unit, new TreeMap<>());
    }

    private static RuleViolation notActive(String communityId, ReportPeriod period) {
        return RuleViolation.notFound("community.not-active-on-date",
                "no community " + communityId + " was active on " + period.asOf(),
                Map.of("communityId", communityId, "asOf", period.asOf().toString()));
    }

    private static String levelOf(Division division) {
        return division.isProvince() ? "province" : division.isCity() ? "city" : "county";
    }
}
