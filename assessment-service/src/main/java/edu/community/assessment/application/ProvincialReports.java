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
import edu.community.assessment.domain.Pairing;
import edu.community.assessment.domain.ProvincialTally;
import edu.community.assessment.domain.Quota;
import edu.community.assessment.domain.QuotaProgress;
import edu.community.assessment.domain.Quotas;
import edu.community.assessment.domain.ReportPeriod;
import edu.community.assessment.domain.ReportShares;
import edu.community.assessment.domain.SchoolOnDate;
import edu.community.assessment.messaging.ReportFacts;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.reference.Divisions;
import edu.community.reference.SupportCounties;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 全省报表 — the provincial report, computed for a date from the report's facts; reads only. */
@ApplicationScoped
public class ProvincialReports {

    /** The figure name under which a division's quota progress lists its new members. */
    public static final String QUOTA_FIGURE = "quota.achieved";

    private final ReportFacts facts;
    private final SupportCounties supportCounties;
    private final Quotas quotas;
    private final Divisions divisions = Divisions.gbT2260();

    public ProvincialReports(ReportFacts facts, SupportCounties supportCounties, Quotas quotas) {
        this.facts = facts;
        this.supportCounties = supportCounties;
        this.quotas = quotas;
    }

    /** The state of a province on a date and every figure counted from it. */
    public record Snapshot(ReportFacts.OnDate state, ProvincialTally tally) {
    }

    public Uni<Snapshot> snapshot(Division province, LocalDate date) {
        return facts.onDate(province.code(), date).map(state -> new Snapshot(state, ProvincialTally.count(
                state.schools(), state.communities(), state.memberships(), supportCounties)));
    }

    public Uni<DivisionReport> report(Division division, ReportPeriod period, Caller caller) {
        caller.requireReadAccess(division);
        return snapshot(division.province(), period.asOf()).flatMap(snapshot ->
                quotaLines(division, period, snapshot).map(quotaLines ->
                        divisionReport(division, period, snapshot, quotaLines)));
    }

    private DivisionReport divisionReport(Division division, ReportPeriod period, Snapshot snapshot,
                                         List<QuotaLine> quotaLines) {
        ProvincialTally tally = snapshot.tally();
        SortedMap<String, Long> figures = tally.figures(division.code());
        return new DivisionReport(division.code(), divisions.nameOf(division.code()).orElse(null), levelOf(division),
                period.year().toString(), period.asOf(), figures, ReportShares.of(figures),
                quotaLines, children(division, period, snapshot));
    }

    public Uni<CommunityReport> community(String communityId, ReportPeriod period, Caller caller) {
        return snapshotOfCommunity(communityId, period).map(found -> {
            CommunityOnDate community = found.community();
            caller.requireReadAccess(new Division(community.coreCounty()));
            Map<String, SchoolOnDate> schools = found.snapshot().state().schools().stream()
                    .collect(Collectors.toMap(SchoolOnDate::code, Function.identity()));
            List<Member> members = new ArrayList<>();
            found.snapshot().state().memberships().stream()
                    .filter(membership -> membership.community().equals(communityId))
                    .filter(membership -> schools.containsKey(membership.school()))
                    .forEach(membership -> {
                        SchoolOnDate school = schools.get(membership.school());
                        Pairing pairing = Pairing.of(community, school, membership, supportCounties);
                        members.add(new Member(school.code(), school.profile().name(), school.county(),
                                school.profile().classification(), membership.since(), pairing.crossRegion(),
                                pairing.supportCategory().map(Enum::name).orElse(null)));
                    });
            return new CommunityReport(community.id(), community.name(), community.model(), community.coreSchool(),
                    community.coreCounty(), period.year().toString(), period.asOf(), members,
                    found.snapshot().tally().figures(ProvincialTally.communityUnit(communityId)));
        });
    }

    /**
     * The events behind one figure of a division ({@code unit} a GB/T 2260 code) or of a community ({@code unit}
     * {@code community/<id>}); {@link #QUOTA_FIGURE} lists the new members counted toward the division's quota.
     */
    public Uni<Evidence> evidence(String unit, String figure, ReportPeriod period, Caller caller) {
        Uni<List<Contribution>> counted;
        if (unit.startsWith("community/")) {
            counted = snapshotOfCommunity(unit.substring("community/".length()), period).map(found -> {
                caller.requireReadAccess(new Division(found.community().coreCounty()));
                return found.snapshot().tally().contributions(unit, figure);
            });
        } else {
            Division division = new Division(unit);
            caller.requireReadAccess(division);
            counted = snapshot(division.province(), period.asOf()).flatMap(snapshot -> QUOTA_FIGURE.equals(figure)
                    ? quotaProgress(division, period, snapshot).map(progress -> progress.isEmpty()
                            ? List.<Contribution>of() : progress.get(0).newMembers())
                    : Uni.createFrom().item(snapshot.tally().contributions(unit, figure)));
        }
        return counted.flatMap(contributions -> {
            Set<UUID> ids = new LinkedHashSet<>();
            contributions.forEach(contribution -> ids.addAll(contribution.events()));
            return facts.sourceEvents(ids).map(events -> {
                Map<UUID, ReportFacts.SourceEvent> byId = events.stream()
                        .collect(Collectors.toMap(ReportFacts.SourceEvent::id, Function.identity()));
                List<Item> items = contributions.stream()
                        .map(contribution -> new Item(contribution.subject(), contribution.events().stream()
                                .map(byId::get).filter(Objects::nonNull).toList()))
                        .toList();
                return new Evidence(unit, figure, period.year().toString(), period.asOf(), items.size(), items);
            });
        });
    }

    /**
     * Progress toward each quota of the division that applies to the period; {@code onAsOf} is the province's
     * snapshot on the report date, used again when a quota is counted to that date.
     */
    public Uni<List<QuotaProgress>> quotaProgress(Division division, ReportPeriod period, Snapshot onAsOf) {
        List<Quota> applying = quotas.of(division.code()).stream()
                .filter(quota -> quota.appliesTo(period.year(), period.asOf()))
                .toList();
        Uni<List<QuotaProgress>> progress = Uni.createFrom().item(new ArrayList<>());
        for (Quota quota : applying) {
            LocalDate countedTo = quota.countedTo(period.asOf());
            progress = progress.flatMap(done -> snapshot(division.province(), quota.from().minusDays(1))
                    .flatMap(eve -> (countedTo.equals(period.asOf()) ? Uni.createFrom().item(onAsOf)
                            : snapshot(division.province(), countedTo))
                            .map(last -> {
                                done.add(quota.progress(eve.tally(), last.tally(), countedTo));
                                return done;
                            })));
        }
        return progress;
    }

    private Uni<List<QuotaLine>> quotaLines(Division division, ReportPeriod period, Snapshot onAsOf) {
        return quotaProgress(division, period, onAsOf).map(progress -> progress.stream()
                .map(done -> new QuotaLine(done.quota().division(), done.quota().name(), done.quota().from(),
                        done.quota().to(), done.quota().target(), done.achieved(),
                        Math.round(done.share() * 10_000) / 10_000.0, done.countedTo()))
                .toList());
    }

    private record FoundCommunity(Snapshot snapshot, CommunityOnDate community) {
    }

    private Uni<FoundCommunity> snapshotOfCommunity(String communityId, ReportPeriod period) {
        return facts.provinceOfCommunity(communityId).flatMap(province -> {
            if (province.isEmpty()) {
                return Uni.createFrom().failure(notActive(communityId, period));
            }
            return snapshot(new Division(province.get()), period.asOf()).map(snapshot -> snapshot.state()
                    .communities().stream()
                    .filter(community -> community.id().equals(communityId) && community.coreCounty() != null)
                    .findFirst()
                    .map(community -> new FoundCommunity(snapshot, community))
                    .orElseThrow(() -> notActive(communityId, period)));
        });
    }

    private static RuleViolation notActive(String communityId, ReportPeriod period) {
        return RuleViolation.notFound("community.not-active-on-date",
                "no community " + communityId + " was active on " + period.asOf(),
                Map.of("communityId", communityId, "asOf", period.asOf().toString()));
    }

    private List<Line> children(Division division, ReportPeriod period, Snapshot snapshot) {
        ProvincialTally tally = snapshot.tally();
        String query = "?schoolYear=" + period.year() + "&asOf=" + period.asOf();
        if (division.isProvince() || division.isCity()) {
            return divisions.childrenOf(division.code()).stream()
                    .map(child -> {
                        SortedMap<String, Long> figures = tally.figures(child);
                        return new Line(child, divisions.nameOf(child).orElse(null),
                                division.isProvince() ? "city" : "county", null, figures,
                                ReportShares.of(figures), "/api/v1/reports/provincial/divisions/" + child + query);
                    })
                    .toList();
        }
        return snapshot.state().communities().stream()
                .filter(community -> division.code().equals(community.coreCounty()))
                .map(community -> {
                    String unit = ProvincialTally.communityUnit(community.id());
                    SortedMap<String, Long> figures = tally.figures(unit);
                    return new Line(unit, community.name(), "community", community.model(), figures,
                            ReportShares.of(figures),
                            "/api/v1/reports/provincial/communities/" + community.id() + query);
                })
                .toList();
    }

    private static String levelOf(Division division) {
        return division.isProvince() ? "province" : division.isCity() ? "city" : "county";
    }
}
