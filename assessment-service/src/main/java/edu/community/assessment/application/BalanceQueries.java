package edu.community.assessment.application;

import edu.community.assessment.domain.BalanceSchool;
import edu.community.assessment.domain.CountyBalance;
import edu.community.assessment.domain.SchoolOnDate;
import edu.community.assessment.messaging.ReportFacts;
import edu.community.assessment.projection.StatisticsRegister;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 县域均衡 — a county's balance for a school year and stage, from the statistics in force and each school's
 * special-education, vocational and teaching-point flags on the date its statistics were taken.
 */
@ApplicationScoped
public class BalanceQueries {

    private final StatisticsRegister register;
    private final ReportFacts facts;
    private final CountyBalance.Rules rules = CountyBalance.Rules.standard();

    public BalanceQueries(StatisticsRegister register, ReportFacts facts) {
        this.register = register;
        this.facts = facts;
    }

    public Uni<CountyBalance> county(Division county, int schoolYear, SchoolStage stage, Caller caller) {
        caller.requireReadAccess(county);
        return register.inCounty(county.code(), schoolYear, stage).flatMap(statistics -> {
            List<LocalDate> dates = new ArrayList<>(new TreeSet<>(statistics.stream()
                    .map(StatisticsRegister.Registered::effectiveDate).toList()));
            Uni<Map<LocalDate, Map<String, SchoolOnDate>>> schoolsByDate = Uni.createFrom().item(new HashMap<>());
            for (LocalDate date : dates) {
                schoolsByDate = schoolsByDate.flatMap(known -> facts.schoolsInCounty(county.code(), date)
                        .map(schools -> {
                            known.put(date, schools.stream()
                                    .collect(Collectors.toMap(SchoolOnDate::code, Function.identity())));
                            return known;
                        }));
            }
            return schoolsByDate.map(known -> {
                List<BalanceSchool> schools = statistics.stream().map(registered -> {
                    Optional<SchoolOnDate> school = Optional.ofNullable(known.get(registered.effectiveDate())
                            .get(registered.statistics().schoolCode()));
                    return new BalanceSchool(registered.statistics(),
                            school.map(s -> s.profile().specialEducation()).orElse(false),
                            school.map(s -> s.profile().vocational()).orElse(false),
                            school.map(s -> s.profile().teachingPoint()).orElse(false));
                }).toList();
                return CountyBalance.assess(county.code(), schoolYear, stage, schools, rules);
            });
        });
    }
}
