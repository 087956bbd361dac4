package edu.community.assessment.application;

import edu.community.assessment.domain.AssessmentRound;
import edu.community.assessment.domain.Measures;
import edu.community.assessment.domain.BalanceSchool;
import edu.community.assessment.domain.SchoolOnDate;
import edu.community.assessment.messaging.ReportFacts;
import edu.community.assessment.messaging.ReportReadModel;
import edu.community.assessment.projection.StatisticsRegister;
import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.AssessmentMeasure;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.eventsourcing.security.Division;
import edu.community.reference.Divisions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a round reads of the provincial report and of the school statistics as of its cut-off date: the communities
 * it assesses, their members, their figures and their schools' statistics. Eventually checked facts: the report
 * follows the other services' topics.
 */
@ApplicationScoped
public class RoundFacts {

    private final ReportReadModel readModel;
    private final ProvincialReports reports;
    private final StatisticsRegister statistics;
    private final ReportFacts reportFacts;
    private final Divisions divisions = Divisions.gbT2260();

    public RoundFacts(ReportReadModel readModel, ProvincialReports reports, StatisticsRegister statistics,
                      ReportFacts reportFacts) {
        this.readModel = readModel;
        this.reports = reports;
        this.statistics = statistics;
        this.reportFacts = reportFacts;
    }

    /** The communities active on the date whose core school's county lies in the division, by id. */
    public Uni<List<AssessedCommunity>> communities(Division division, LocalDate date) {
        List<String> counties = countiesOf(division);
        return readModel.read(snapshot -> {
            Uni<List<AssessedCommunity>> all = Uni.createFrom().item(new ArrayList<>());
            for (String county : counties) {
                all = all.flatMap(found -> snapshot.communitiesOfCounty(county, date).map(communities -> {
                    communities.forEach(community -> found.add(new AssessedCommunity(community.id(),
                            community.name(), community.coreSchool(), community.coreCounty())));
                    return found;
                }));
            }
            return all;
        }).map(all -> all.stream().sorted(Comparator.comparing(AssessedCommunity::communityId)).toList());
    }

    /** The facts the round's measures read as of its cut-off date, as the report and the statistics say now. */
    public Uni<Measures.Facts> of(AssessmentRound round) {
        LocalDate cutOff = round.opened().cutOffDate();
        List<AssessedCommunity> communities = round.opened().communities();
        Uni<Map<String, List<String>>> members = readModel.read(snapshot -> {
            Uni<Map<String, List<String>>> all = Uni.createFrom().item(new HashMap<>());
            for (AssessedCommunity community : communities) {
                all = all.flatMap(found -> snapshot.members(community.communityId(), cutOff).map(lines -> {
                    found.put(community.communityId(), lines.stream().map(ReportReadModel.Member::schoolCode).toList());
                    return found;
                }));
            }
            return all;
        });
        Set<String> units = new LinkedHashSet<>();
        communities.forEach(community -> units.addAll(Measures.unitsOf(community)));
        return members.flatMap(byCommunity -> reports.figures(units, cutOff)
                .flatMap(figures -> statisticsOf(round, byCommunity)
                        .map(byKey -> new Measures.Facts(figures, byCommunity, byKey))));
    }

    private Uni<Map<String, BalanceSchool>> statisticsOf(AssessmentRound round, Map<String, List<String>> members) {
        Set<SchoolStage> stages = new LinkedHashSet<>();
        for (SchemeIndicator indicator : round.opened().indicators()) {
            if (indicator.measure() == AssessmentMeasure.BALANCE_CV) {
                stages.add(indicator.stage());
            }
        }
        Set<String> schools = new LinkedHashSet<>();
        for (AssessedCommunity community : round.opened().communities()) {
            schools.add(community.coreSchool());
            schools.addAll(members.getOrDefault(community.communityId(), List.of()));
        }
        Uni<Map<String, BalanceSchool>> all = Uni.createFrom().item(new HashMap<>());
        for (SchoolStage stage : stages) {
            for (String school : schools) {
                all = all.flatMap(found -> statistics.find(school, round.opened().schoolYear(), stage)
                        .flatMap(registered -> registered.isEmpty() ? Uni.createFrom().item(found)
                                : reportFacts.school(school, registered.get().effectiveDate()).map(onDate -> {
                                    var profile = onDate.map(SchoolOnDate::profile);
                                    found.put(Measures.statisticsKey(school, stage), new BalanceSchool(
                                            registered.get().statistics(),
                                            profile.map(p -> p.specialEducation()).orElse(false),
                                            profile.map(p -> p.vocational()).orElse(false),
                                            profile.map(p -> p.teachingPoint()).orElse(false)));
                                    return found;
                                })));
            }
        }
        return all;
    }

    private List<String> countiesOf(Division division) {
        if (division.isProvince()) {
            List<String> counties = new ArrayList<>();
            divisions.childrenOf(division.code()).forEach(city -> counties.addAll(divisions.childrenOf(city)));
            return counties;
        }
        return division.isCity() ? divisions.childrenOf(division.code()) : List.of(division.code());
    }
}
