package edu.community.assessment.application;

import edu.community.assessment.messaging.ReportFacts;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/** What the report queries answer. */
public final class ReportViews {

    private ReportViews() {
    }

    /**
     * The report of a province, city or county on a date, with one line per city, county or community below.
     *
     * @param level {@code province}, {@code city} or {@code county}
     */
    public record DivisionReport(String division, String name, String level, String schoolYear, LocalDate asOf,
                                 SortedMap<String, Long> figures, SortedMap<String, Double> shares,
                                 List<QuotaLine> quotas, List<Line> children) {
    }

    /**
     * One unit below: a city, a county or a community.
     *
     * @param kind  {@code city}, {@code county} or {@code community}
     * @param model the model of a community on the date
     * @param href  where its own report is
     */
    public record Line(String unit, String name, String kind, CommunityModel model, SortedMap<String, Long> figures,
                       SortedMap<String, Double> shares, String href) {
    }

    /** Progress toward a quota, counted from the eve of its period to {@code countedTo}. */
    public record QuotaLine(String division, String name, LocalDate from, LocalDate to, int target, int achieved,
                            double share, LocalDate countedTo) {
    }

    /** A community on a date: its model, core and members, and its figures. */
    public record CommunityReport(String communityId, String name, CommunityModel model, String coreSchool,
                                  String coreCounty, String schoolYear, LocalDate asOf, List<Member> members,
                                  SortedMap<String, Long> figures) {
    }

    /**
     * A member school on the date.
     *
     * @param since            effective date of the event that made it a member
     * @param crossRegion      whether it lies in another county than the core school
     * @param supportCategory  MOUNTAIN or ISLAND when its county was so listed on {@code since}
     */
    public record Member(String schoolCode, String name, String county, SchoolClassification classification,
                         LocalDate since, boolean crossRegion, String supportCategory) {
    }

    /**
     * The events behind one figure: one item per school, community, pairing, posting, activity or lesson counted,
     * each with its weight (1 in a count; participants, minutes or students in a sum); {@code value} is their sum.
     */
    public record Evidence(String unit, String figure, String schoolYear, LocalDate asOf, long value,
                           List<Item> items) {
    }

    public record Item(String subject, int weight, List<ReportFacts.SourceEvent> events) {
    }
}
