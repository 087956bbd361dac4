package edu.community.contracts.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 学校与教共体事实 — what an event of {@code edu.community.events} says about schools and communities, as dated
 * facts that a consumer keeps in its own read model: a school's county, its classification (城乡类别) from a date, a
 * school's membership of a community from a date, a community's state (active, core school) and model from a
 * date. Each fact carries the event's stream version, so that a late or backdated event changes only the dates
 * it concerns, and a question "on date D" takes the latest fact on or before D (by date, then version). Written
 * once here for every service that keeps such a read model; each keeps the facts in its own database.
 */
public final class CommunityFacts {

    private CommunityFacts() {
    }

    /** A dated fact. */
    public sealed interface Fact permits SchoolCounty, Classification, Membership, Status, Model {
    }

    /** The county-level division a school belongs to (not dated: a school's code names its county). */
    public record SchoolCounty(String school, String county) implements Fact {
    }

    /** A school's classification from a date. */
    public record Classification(String school, LocalDate from, int version, SchoolClassification classification)
            implements Fact {
    }

    /** Whether a school belongs to a community (as core or member) from a date. */
    public record Membership(String community, String school, LocalDate from, int version, boolean member)
            implements Fact {
    }

    /** Whether a community is active from a date, and its core school while active. */
    public record Status(String community, LocalDate from, int version, String coreSchool, boolean active)
            implements Fact {
    }

    /** A community's model (共同体模式) from a date. */
    public record Model(String community, LocalDate from, int version, CommunityModel model) implements Fact {
    }

    /** The facts one event at a stream version brings; an event that says nothing about them brings none. */
    public static List<Fact> of(Record event, int version) {
        List<Fact> facts = new ArrayList<>();
        if (event instanceof SchoolRegistered e) {
            facts.add(new SchoolCounty(e.schoolCode(), e.countyCode()));
            facts.add(new Classification(e.schoolCode(), e.effectiveDate(), version, e.classification()));
        } else if (event instanceof SchoolDetailsChanged e) {
            facts.add(new Classification(e.schoolCode(), e.effectiveDate(), version, e.classification()));
        } else if (event instanceof CommunityFormed e) {
            facts.add(new Status(e.communityId(), e.effectiveDate(), version, e.coreSchool(), true));
            facts.add(new Model(e.communityId(), e.effectiveDate(), version, e.model()));
            facts.add(new Membership(e.communityId(), e.coreSchool(), e.effectiveDate(), version, true));
            e.members().forEach(member -> facts.add(
                    new Membership(e.communityId(), member, e.effectiveDate(), version, true)));
        } else if (event instanceof MemberJoined e) {
            facts.add(new Membership(e.communityId(), e.schoolCode(), e.effectiveDate(), version, true));
        } else if (event instanceof MemberLeft e) {
            facts.add(new Membership(e.communityId(), e.schoolCode(), e.effectiveDate(), version, false));
        } else if (event instanceof CoreSchoolChanged e) {
            // The previous core school stays in the community only if a MemberJoined says so.
            facts.add(new Status(e.communityId(), e.effectiveDate(), version, e.coreSchool(), true));
            facts.add(new Membership(e.communityId(), e.coreSchool(), e.effectiveDate(), version, true));
            facts.add(new Membership(e.communityId(), e.previousCoreSchool(), e.effectiveDate(), version, false));
        } else if (event instanceof CommunityModelChanged e) {
            facts.add(new Model(e.communityId(), e.effectiveDate(), version, e.model()));
        } else if (event instanceof CommunityDissolved e) {
            facts.add(new Status(e.communityId(), e.effectiveDate(), version, null, false));
        }
        return List.copyOf(facts);
    }
}
