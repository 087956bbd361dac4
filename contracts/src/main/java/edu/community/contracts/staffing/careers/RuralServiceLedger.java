package edu.community.contracts.staffing.careers;

import edu.community.contracts.community.SchoolClassification;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 乡村任教台账 (rule 6) — the days a person taught at schools classified rural on each day served, up to a date:
 * days appointed at a rural school while not posted away, plus days of a rotation or support-teaching posting at
 * a rural school (completed ones, and ongoing ones up to the date). Placement training and secondment do not
 * count. The answer for a senior-title (高级教师) application names the rule that decided it.
 *
 * @param entries        where the days were served: one entry per stretch at one school
 * @param weakSchoolDays days at a weak school, when the locality accepts them; otherwise null
 * @param rule           {@code rural-service.one-year-rural}, {@code rural-service.weak-school-years} or
 *                       {@code rural-service.insufficient}
 */
public record RuralServiceLedger(LocalDate asOf, long ruralDays, Long weakSchoolDays, int requiredDays,
                                 boolean seniorTitleEligible, String rule, List<Entry> entries) {

    /** Days served at one school between two dates, and how many of them at a rural school. */
    public record Entry(String school, LocalDate from, LocalDate to, String basis, long ruralDays) {
    }

    /** Answers whether a school counts as weak on a day; only asked when the locality accepts weak schools. */
    @FunctionalInterface
    public interface WeakSchools {
        boolean weak(String school, LocalDate on);
    }

    public static RuralServiceLedger of(ServiceHistory career, SchoolFacts schools, WeakSchools weak, RuralServicePolicy policy,
                                        LocalDate asOf) {
        List<Entry> entries = new ArrayList<>();
        List<Appointment> appointments = career.appointments();
        LocalDate leftOn = career.leftOn();
        for (int i = 0; i < appointments.size(); i++) {
            Appointment at = appointments.get(i);
            LocalDate end = i + 1 < appointments.size() ? appointments.get(i + 1).from().minusDays(1) : asOf;
            if (leftOn != null && !end.isBefore(leftOn)) {
                end = leftOn.minusDays(1);
            }
            if (end.isAfter(asOf)) {
                end = asOf;
            }
            for (LocalDate[] stretch : withoutPostings(at.from(), end, career.postings())) {
                entries.add(entry(schools, at.school(), stretch[0], stretch[1], "APPOINTMENT"));
            }
        }
        for (ServedPosting posting : career.postings()) {
            boolean counts = posting.rotates();
            if (counts && posting.startedOn() != null && !posting.startedOn().isAfter(asOf)) {
                LocalDate end = posting.to().isAfter(asOf) ? asOf : posting.to();
                entries.add(entry(schools, posting.destination(), posting.startedOn(), end, posting.kind().name()));
            }
        }
        long rural = entries.stream().mapToLong(Entry::ruralDays).sum();
        Long weakDays = policy.weakSchoolYears() > 0 ? weakDays(entries, weak) : null;
        String rule;
        if (rural >= policy.requiredDays()) {
            rule = "rural-service.one-year-rural";
        } else if (weakDays != null && weakDays >= 365L * policy.weakSchoolYears()) {
            rule = "rural-service.weak-school-years";
        } else {
            rule = "rural-service.insufficient";
        }
        return new RuralServiceLedger(asOf, rural, weakDays, policy.requiredDays(),
                !rule.equals("rural-service.insufficient"), rule, List.copyOf(entries));
    }

    /** The stretches of [from, to] on which the person serves no posting. */
    private static List<LocalDate[]> withoutPostings(LocalDate from, LocalDate to, List<ServedPosting> postings) {
        List<LocalDate[]> stretches = new ArrayList<>();
        if (to.isBefore(from)) {
            return stretches;
        }
        stretches.add(new LocalDate[]{from, to});
        for (ServedPosting posting : postings) {
            if (posting.startedOn() == null) {
                continue;
            }
            List<LocalDate[]> next = new ArrayList<>();
            for (LocalDate[] s : stretches) {
                if (posting.to().isBefore(s[0]) || posting.startedOn().isAfter(s[1])) {
                    next.add(s);
                    continue;
                }
                if (posting.startedOn().isAfter(s[0])) {
                    next.add(new LocalDate[]{s[0], posting.startedOn().minusDays(1)});
                }
                if (posting.to().isBefore(s[1])) {
                    next.add(new LocalDate[]{posting.to().plusDays(1), s[1]});
                }
            }
            stretches = next;
        }
        return stretches;
    }

    /** The days of [from, to] on which the school is classified rural, from its dated classifications. */
    private static Entry entry(SchoolFacts schools, String school, LocalDate from, LocalDate to, String basis) {
        List<Dated<SchoolClassification>> history = new ArrayList<>(schools.classifications(school));
        history.sort((a, b) -> a.from().compareTo(b.from()));
        long rural = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).value() != SchoolClassification.RURAL) {
                continue;
            }
            LocalDate start = history.get(i).from().isAfter(from) ? history.get(i).from() : from;
            LocalDate next = i + 1 < history.size() ? history.get(i + 1).from().minusDays(1) : to;
            LocalDate end = next.isBefore(to) ? next : to;
            if (!end.isBefore(start)) {
                rural += ChronoUnit.DAYS.between(start, end) + 1;
            }
        }
        return new Entry(school, from, to, basis, rural);
    }

    private static long weakDays(List<Entry> entries, WeakSchools weak) {
        long days = 0;
        for (Entry entry : entries) {
            for (LocalDate day = entry.from(); !day.isAfter(entry.to()); day = day.plusDays(1)) {
                if (weak.weak(entry.school(), day)) {
                    days++;
                }
            }
        }
        return days;
    }
}
