package edu.community.staffing.domain;

import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.PostingApproved;
import edu.community.contracts.staffing.PostingCompleted;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.PostingProposed;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffRegistered;
import edu.community.contracts.staffing.StaffRole;
import edu.community.contracts.staffing.careers.Dated;
import edu.community.contracts.staffing.careers.SchoolFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Schools, communities and people for the domain tests. */
final class Fixtures {

    static final String XIHU = "330106";
    static final String CHUNAN = "330127";
    /** 文新小学, urban, core school of community C1 (co-construction). */
    static final String CORE = "3301060001";
    /** A rural member school of C1; classified township from 2024-09-01. */
    static final String MEMBER = "3301270002";
    /** An urban school of Xihu in no community. */
    static final String OUTSIDER = "3301060009";
    /** A rural school of a collaborative community C2 with CORE2. */
    static final String FAR = "5224010003";
    static final String CORE2 = "3301060004";
    static final String C1 = "c-1";
    static final String C2 = "c-2";

    private Fixtures() {
    }

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    /** The schools and communities above, from 2015-09-01. */
    static SchoolFacts schools() {
        Map<String, String> counties = Map.of(CORE, XIHU, MEMBER, CHUNAN, OUTSIDER, XIHU, FAR, "522401", CORE2, XIHU);
        Map<String, List<Dated<SchoolClassification>>> classes = new HashMap<>();
        LocalDate start = d("2015-09-01");
        classes.put(CORE, List.of(new Dated<>(start, SchoolClassification.URBAN)));
        classes.put(CORE2, List.of(new Dated<>(start, SchoolClassification.URBAN)));
        classes.put(OUTSIDER, List.of(new Dated<>(start, SchoolClassification.URBAN)));
        classes.put(FAR, List.of(new Dated<>(start, SchoolClassification.RURAL)));
        classes.put(MEMBER, List.of(new Dated<>(start, SchoolClassification.RURAL),
                new Dated<>(d("2024-09-01"), SchoolClassification.TOWNSHIP)));
        return new SchoolFacts() {
            @Override
            public Optional<String> countyOf(String school) {
                return Optional.ofNullable(counties.get(school));
            }

            @Override
            public List<Dated<SchoolClassification>> classifications(String school) {
                return classes.getOrDefault(school, List.of());
            }

            @Override
            public List<Membership> communitiesOn(String school, LocalDate on) {
                List<Membership> found = new ArrayList<>();
                if (school.equals(CORE) || school.equals(MEMBER)) {
                    found.add(new Membership(C1, CommunityModel.CO_CONSTRUCTION, school.equals(CORE)));
                }
                if (school.equals(CORE2) || school.equals(FAR)) {
                    found.add(new Membership(C2, CommunityModel.COLLABORATIVE, school.equals(CORE2)));
                }
                return found;
            }
        };
    }

    static StaffId staffId(int n) {
        return new StaffId(new UUID(0, n));
    }

    static PostingId postingId(int n) {
        return new PostingId(new UUID(1, n));
    }

    static StaffRegistered registered(StaffId id, StaffRole role, String school, String on) {
        return new StaffRegistered(id.toString(), role, school, ProfessionalTitle.FIRST_GRADE, BackboneLevel.NONE,
                List.of("数学"), d(on));
    }

    static Staff staff(Record... events) {
        Staff staff = Staff.NONE;
        for (Record event : events) {
            staff = staff.apply(event);
        }
        return staff;
    }

    static Posting posting(Record... events) {
        Posting posting = Posting.NONE;
        for (Record event : events) {
            posting = posting.apply(event);
        }
        return posting;
    }

    static PostingProposed proposed(PostingId id, StaffId staff, PostingKind kind, String origin, String destination,
                                    String start, String end) {
        return new PostingProposed(id.toString(), staff.toString(), kind, origin, destination, d(start), d(end),
                "officer", "交流", d(start).minusMonths(2));
    }

    /** A posting proposed, approved and started on its planned start. */
    static Posting started(PostingId id, StaffId staff, PostingKind kind, String origin, String destination,
                           String start, String end) {
        return posting(proposed(id, staff, kind, origin, destination, start, end),
                new PostingApproved(id.toString(), "officer", "同意", d(start).minusMonths(1)),
                new PostingStarted(id.toString(), "officer", d(start)));
    }

    /** A posting that ran from its start to its planned end. */
    static Posting completed(PostingId id, StaffId staff, PostingKind kind, String origin, String destination,
                             String start, String end, boolean transfer) {
        return started(id, staff, kind, origin, destination, start, end)
                .apply(new PostingCompleted(id.toString(), "officer", transfer, d(end)));
    }
}
