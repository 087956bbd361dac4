package edu.community.assessment.projection;

import edu.community.assessment.domain.AssessmentRound;
import edu.community.contracts.assessment.AssessmentRoundCorrected;
import edu.community.contracts.assessment.AssessmentRoundPublished;
import edu.community.contracts.assessment.CommunityResult;
import edu.community.contracts.assessment.RankEntry;
import edu.community.contracts.assessment.Reward;
import edu.community.contracts.assessment.RoundResult;
import edu.community.eventsourcing.command.Written;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 捆绑考核 — with which community each school was assessed in each published round version (as core school or
 * member), kept in the transaction of the publication or correction.
 */
@ApplicationScoped
public class AssessmentResultsRegister {

    private final Pool pool;

    public AssessmentResultsRegister(Pool pool) {
        this.pool = pool;
    }

    /** A school's place in a round: the latest version's community result it counts toward. */
    public record SchoolResult(String roundId, int version, String communityId, String role, String division,
                               int schoolYear, LocalDate cutOffDate, double total, int rank, long reward) {
    }

    /** Records the schools of a newly published version; other writes keep nothing. */
    public Uni<Void> record(SqlConnection tx, Written<AssessmentRound> written) {
        AssessmentRound round = written.state();
        boolean published = written.events().stream()
                .anyMatch(event -> event instanceof AssessmentRoundPublished || event instanceof AssessmentRoundCorrected);
        if (!published) {
            return Uni.createFrom().voidItem();
        }
        int version = round.versions().size();
        RoundResult result = round.versions().get(version - 1).result();
        List<Tuple> rows = new ArrayList<>();
        for (CommunityResult community : result.communities()) {
            RankEntry entry = result.rankings().get(0).entries().stream()
                    .filter(candidate -> candidate.communityId().equals(community.communityId())).findFirst().orElseThrow();
            long reward = result.rewards().stream().filter(candidate -> candidate.communityId().equals(community.communityId()))
                    .mapToLong(Reward::yuan).sum();
            rows.add(row(round, version, community.coreSchool(), community, "CORE", entry, reward));
            for (String member : community.members()) {
                rows.add(row(round, version, member, community, "MEMBER", entry, reward));
            }
        }
        return tx.preparedQuery("insert into community_assessment_school (round_id, version, school_code, community_id,"
                        + " role, division, school_year, cut_off_date, total, rank, reward)"
                        + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
                .executeBatch(rows).replaceWithVoid();
    }

    private static Tuple row(AssessmentRound round, int version, String school, CommunityResult community, String role,
                             RankEntry entry, long reward) {
        return Tuple.from(new Object[]{round.opened().roundId(), version, school, community.communityId(), role,
                round.opened().division(), round.opened().schoolYear(), round.opened().cutOffDate(), community.total(),
                entry.rank(), reward});
    }

    /** The published rounds of a division and school year, by cut-off date and id. */
    public Uni<List<String>> publishedRounds(String division, int schoolYear) {
        return pool.preparedQuery("select round_id from community_assessment_school where division = $1"
                        + " and school_year = $2 group by round_id order by min(cut_off_date), round_id")
                .execute(Tuple.of(division, schoolYear))
                .map(rows -> {
                    List<String> rounds = new ArrayList<>();
                    for (Row row : rows) {
                        rounds.add(row.getString(0));
                    }
                    return rounds;
                });
    }

    /** A school's results in the latest version of every published round, newest school year first. */
    public Uni<List<SchoolResult>> ofSchool(String schoolCode) {
        return pool.preparedQuery("select distinct on (round_id, community_id) round_id, version, community_id, role,"
                        + " division, school_year, cut_off_date, total, rank, reward from community_assessment_school"
                        + " where school_code = $1 order by round_id, community_id, version desc")
                .execute(Tuple.of(schoolCode))
                .map(rows -> {
                    List<SchoolResult> results = new ArrayList<>();
                    for (Row row : rows) {
                        results.add(new SchoolResult(row.getString(0), row.getInteger(1), row.getString(2),
                                row.getString(3), row.getString(4), row.getInteger(5), row.getLocalDate(6),
                                row.getDouble(7), row.getInteger(8), row.getLong(9)));
                    }
                    results.sort((a, b) -> Integer.compare(b.schoolYear(), a.schoolYear()));
                    return results;
                });
    }
}
