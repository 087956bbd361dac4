package edu.community.assessment.domain;

import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.AssessmentIndicatorKind;
import edu.community.contracts.assessment.InputFigure;
import edu.community.contracts.assessment.MeasuredInput;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.contracts.assessment.SchoolStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * 计量指标 — how a measured indicator reads a community's raw figures (as of the round's cut-off date) and computes
 * its value from them. The value is computed from the raw figures alone, so a frozen set of figures always gives
 * the same value. A report figure the report does not have (yet) reads 0.
 */
public final class Measures {

    private static final Exclusions EXCLUSIONS = Exclusions.standard();

    private Measures() {
    }

    /**
     * What a round's measures read as of its cut-off date.
     *
     * @param figures    report figures by unit ({@code community/<id>}, county codes)
     * @param members    member school codes by community id; a community the report does not know has none
     * @param statistics school statistics by {@link #statisticsKey}, with the school's kind on the date they were taken
     */
    public record Facts(Map<String, SortedMap<String, Long>> figures, Map<String, List<String>> members,
                        Map<String, BalanceSchool> statistics) {

        public List<String> membersOf(String communityId) {
            return members.getOrDefault(communityId, List.of());
        }

        long figure(String unit, String name) {
            SortedMap<String, Long> of = figures.get(unit);
            return of == null ? 0 : of.getOrDefault(name, 0L);
        }
    }

    public static String statisticsKey(String schoolCode, SchoolStage stage) {
        return schoolCode + "/" + stage.name();
    }

    /** The report units a community's measures read: its own and its core school's county. */
    public static List<String> unitsOf(AssessedCommunity community) {
        return List.of(ProvincialTally.communityUnit(community.communityId()), community.coreCounty());
    }

    /** Every measured indicator's raw figures and value for a community with these member schools. */
    public static List<MeasuredInput> measure(List<SchemeIndicator> indicators, AssessedCommunity community,
                                              List<String> members, Facts facts) {
        List<MeasuredInput> measured = new ArrayList<>();
        for (SchemeIndicator indicator : indicators) {
            if (indicator.kind() == AssessmentIndicatorKind.MEASURED) {
                List<InputFigure> figures = figuresOf(indicator, community, members, facts);
                measured.add(new MeasuredInput(indicator.code(), value(indicator, figures), figures));
            }
        }
        return measured;
    }

    private static List<InputFigure> figuresOf(SchemeIndicator indicator, AssessedCommunity community,
                                               List<String> members, Facts facts) {
        String unit = ProvincialTally.communityUnit(community.communityId());
        String county = community.coreCounty();
        return switch (indicator.measure()) {
            case COVERAGE -> List.of(figure(facts, unit, "members"));
            case POSTINGS -> List.of(figure(facts, unit, "postings.started"));
            case ROTATION_RATIO -> List.of(figure(facts, county, "rotation.rotated"),
                    figure(facts, county, "rotation.eligible"));
            case SYNC_HOURS -> List.of(figure(facts, unit, "sync.minutes.RURAL"),
                    figure(facts, unit, "sync.minutes.TOWNSHIP"));
            case ACTIVITIES_HELD -> List.of(figure(facts, unit, "activities.held"));
            case ATTENDANCE_RATE -> List.of(figure(facts, unit, "sync.attendance.present"),
                    figure(facts, unit, "sync.attendance.enrolled"));
            case BALANCE_CV -> balanceFigures(indicator, community, members, facts);
        };
    }

    private static InputFigure figure(Facts facts, String unit, String name) {
        return new InputFigure(unit, name, facts.figure(unit, name));
    }

    /**
     * Each of the community's schools with statistics for the stage and not left out by rule 1 (special-education,
     * vocational, small teaching points): its students and its indicator total.
     */
    private static List<InputFigure> balanceFigures(SchemeIndicator scheme, AssessedCommunity community,
                                                    List<String> members, Facts facts) {
        Indicator indicator = Indicator.valueOf(scheme.balanceIndicator());
        List<String> schools = new ArrayList<>();
        schools.add(community.coreSchool());
        members.stream().sorted().forEach(schools::add);
        List<InputFigure> figures = new ArrayList<>();
        for (String school : schools) {
            BalanceSchool counted = facts.statistics().get(statisticsKey(school, scheme.stage()));
            if (counted != null && counted.statistics().students() > 0
                    && EXCLUSIONS.reasonToExclude(counted).isEmpty()) {
                SchoolStatistics statistics = counted.statistics();
                figures.add(new InputFigure(school, "students", statistics.students()));
                figures.add(new InputFigure(school, indicator.field(),
                        indicator.basis().scaled(indicator.totalOf(statistics))));
            }
        }
        return figures;
    }

    /** The value of a measured indicator from its raw figures; null when it cannot be computed. */
    public static Double value(SchemeIndicator indicator, List<InputFigure> figures) {
        return switch (indicator.measure()) {
            case COVERAGE, POSTINGS, ACTIVITIES_HELD -> figures.get(0).value();
            case ROTATION_RATIO, ATTENDANCE_RATE -> percent(figures.get(0).value(), figures.get(1).value());
            case SYNC_HOURS -> (figures.get(0).value() + figures.get(1).value()) / 60;
            case BALANCE_CV -> coefficient(figures);
        };
    }

    private static double percent(double part, double whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }

    private static Double coefficient(List<InputFigure> figures) {
        List<DifferenceCoefficient.Share> shares = new ArrayList<>();
        for (int i = 0; i + 1 < figures.size(); i += 2) {
            shares.add(new DifferenceCoefficient.Share((int) figures.get(i).value(), figures.get(i + 1).value()));
        }
        OptionalDouble cv = DifferenceCoefficient.of(shares).cv();
        return cv.isPresent() ? cv.getAsDouble() : null;
    }
}
