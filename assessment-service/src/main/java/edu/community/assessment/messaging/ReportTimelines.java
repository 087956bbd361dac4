package edu.community.assessment.messaging;

import edu.community.assessment.domain.CommunityFact;
import edu.community.assessment.domain.CommunityOnDate;
import edu.community.assessment.domain.MembershipFact;
import edu.community.assessment.domain.ReportRules;
import edu.community.assessment.domain.ReportTimeline;
import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.MemberLine;
import edu.community.assessment.domain.ReportTimeline.Span;
import edu.community.assessment.domain.SchoolFact;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps the report's read model from its facts: after the facts of a batch are written, the timeline of every
 * school, community, posting, activity and synchronous series they concern is computed again from all of that one's
 * facts ({@link ReportTimeline}, {@link FlowFacts}) and replaces its previous rows. A figure is kept as deltas per
 * unit ({@code figure_delta}: + its weight the day a contribution starts, - its weight the day it ends; a count's
 * contributions weigh 1), each delta added to its day, its month and its year, so that a
 * figure on a date is a sum over at most the unit's earlier years, the earlier months of the year and the days of
 * the month (a few hundred index rows however long the history); {@code contribution} keeps each counted span of
 * a county or a community with its events (evidence and quotas of a city or province read the spans of its
 * counties), {@code community_state} each community's state and {@code member_line} each member's line in its
 * community's report.
 *
 * <p>Every write is one multi-row statement per table, whatever the size of the batch. The timelines are
 * computed on a worker thread, never on the event loop.
 */
final class ReportTimelines {

    private static final int DERIVE_CHUNK = 1_000;
    private static final int DERIVE_CONCURRENCY = 3;

    private ReportTimelines() {
    }

    /** The tables of the read model, created beside the facts in each generation's schema, without indexes. */
    static String tables(String schema) {
        return """
                create table %1$s.contribution (
                    owner text not null,
                    unit text not null,
                    figure text not null,
                    subject text not null,
                    valid_from date not null,
                    valid_to date,
                    weight integer not null,
                    events uuid[] not null);
                create table %1$s.figure_delta (
                    unit text not null,
                    grain "char" not null,
                    period date not null,
                    figure text not null,
                    delta integer not null);
                create table %1$s.community_state (
                    community_id text not null,
                    valid_from date not null,
                    valid_to date,
                    name text,
                    model text,
                    core_school text,
                    core_county text,
                    events uuid[] not null);
                create table %1$s.member_line (
                    school_code text not null,
                    community_id text not null,
                    valid_from date not null,
                    valid_to date,
                    name text,
                    county text not null,
                    classification text not null,
                    since date not null,
                    cross_region boolean not null,
                    support_category text);
                """.formatted(schema);
    }

    /** The read model's indexes: what reports read by, and what an event's recomputation replaces by. */
    static String indexes(String schema) {
        return """
                create index if not exists contribution_unit on %1$s.contribution (unit, figure, valid_from);
                create index if not exists contribution_owner on %1$s.contribution (owner);
                create unique index if not exists figure_delta_pkey on %1$s.figure_delta (unit, grain, period, figure);
                create index if not exists community_state_community on %1$s.community_state (community_id, valid_from);
                create index if not exists community_state_county on %1$s.community_state (core_county, valid_from);
                create index if not exists member_line_community on %1$s.member_line (community_id, valid_from);
                create index if not exists member_line_school on %1$s.member_line (school_code);
                """.formatted(schema);
    }

    /**
     * The schools, communities, postings, people, activities and synchronous series whose facts a batch changed;
     * registrations may change communities they core.
     */
    record Touched(Set<String> schools, Set<String> communities, Set<String> registered, Set<String> postings,
                   Set<String> staff, Set<String> activities, Set<String> series) {

        static Touched none() {
            return new Touched(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(),
                    new HashSet<>(), new HashSet<>());
        }

        boolean isEmpty() {
            return schools.isEmpty() && communities.isEmpty() && postings.isEmpty() && staff.isEmpty()
                    && activities.isEmpty() && series.isEmpty();
        }
    }

    /** What to compute: schools, communities, and the postings, activities and series of staffing and exchange. */
    private record Scope(Set<String> schools, Set<String> communities, FlowFacts.Owners flows) {
    }

    /**
     * Computes the timelines of every school and community whose facts a rebuilt generation holds, once each, a
     * thousand per transaction, three transactions at a time (one computes while the others read and write). Nothing
     * is replaced (each is computed once) and the tables have no index yet: the rows are only inserted, the deltas by
     * day into an unlogged table without index, summed into {@code figure_delta} by day, month and year in one
     * statement at the end.
     */
    static Uni<Void> deriveAll(Pool pool, String schema, ReportRules rules) {
        return pool.query("create unlogged table " + schema + ".figure_day (unit text not null, figure text not null,"
                        + " day date not null, delta integer not null)").execute()
                .flatMap(created -> codes(pool, "select (select array_agg(school_code order by school_code) from"
                        + " (select school_code from " + schema + ".school_fact union select school_code from " + schema
                        + ".membership_fact) codes), (select array_agg(distinct community_id order by community_id) from "
                        + schema + ".community_fact), (select array_agg(distinct posting_id order by posting_id) from "
                        + schema + ".posting_fact), (select array_agg(distinct activity_id order by activity_id) from "
                        + schema + ".activity_fact), (select array_agg(distinct series_id order by series_id) from "
                        + schema + ".sync_fact), (select array_agg(staff_id order by staff_id) from (select staff_id from "
                        + schema + ".staff_fact union select staff_id from " + schema + ".posting_fact"
                        + " where staff_id is not null) people)"))
                .flatMap(keys -> Multi.createFrom().range(0, keys.stream().mapToInt(ReportTimelines::chunks).sum())
                        .onItem().transformToUni(n -> pool.withTransaction(tx -> compute(tx, schema, scopeOf(keys, n),
                                rules, true)))
                        .merge(DERIVE_CONCURRENCY)
                        .collect().last())
                .flatMap(derived -> pool.withTransaction(tx -> tx.query("set local statement_timeout = 0").execute()
                        .flatMap(set -> tx.query("insert into " + schema + ".figure_delta (unit, grain, period, figure,"
                                + " delta) select unit, grain, period, figure, sum(delta) from " + schema + ".figure_day"
                                + " cross join lateral (values ('d'::\"char\", day),"
                                + " ('m', date_trunc('month', day)::date), ('y', date_trunc('year', day)::date))"
                                + " as g(grain, period) group by unit, grain, period, figure having sum(delta) <> 0")
                                .execute())
                        .flatMap(inserted -> tx.query("drop table " + schema + ".figure_day").execute())))
                .replaceWithVoid();
    }

    /**
     * Every key of a rebuilt generation, in order, as one array per kind (schools, communities, postings, activities,
     * series, staff): a 256 MB heap holds those of 400,000 schools, not their rows (the chunks are made when their turn
     * comes).
     */
    private static Uni<List<String[]>> codes(Pool pool, String sql) {
        return pool.query(sql).execute().map(rows -> {
            Row row = rows.iterator().next();
            List<String[]> keys = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String[] codes = row.getArrayOfStrings(i);
                keys.add(codes == null ? new String[0] : codes);
            }
            return keys;
        });
    }

    /** The {@code n}th chunk of a rebuild, counting the chunks of each kind of key in turn. */
    private static Scope scopeOf(List<String[]> keys, int n) {
        int kind = 0;
        while (n >= chunks(keys.get(kind))) {
            n -= chunks(keys.get(kind));
            kind++;
        }
        Set<String> chunk = chunk(keys.get(kind), n);
        return new Scope(kind == 0 ? chunk : Set.of(), kind == 1 ? chunk : Set.of(), new FlowFacts.Owners(
                kind == 2 ? chunk : Set.of(), kind == 3 ? chunk : Set.of(), kind == 4 ? chunk : Set.of(),
                kind == 5 ? chunk : Set.of()));
    }

    private static int chunks(String[] codes) {
        return (codes.length + DERIVE_CHUNK - 1) / DERIVE_CHUNK;
    }

    private static Set<String> chunk(String[] codes, int n) {
        return new TreeSet<>(Arrays.asList(codes).subList(n * DERIVE_CHUNK,
                Math.min(codes.length, (n + 1) * DERIVE_CHUNK)));
    }

    /** Recomputes the timelines of what a batch touched, and of what depends on it. */
    static Uni<Void> refresh(SqlConnection tx, String schema, Touched touched, ReportRules rules) {
        if (touched.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return column(tx, "select distinct community_id from " + schema + ".community_fact where core_school = any($1)",
                touched.registered())
                .flatMap(cored -> {
                    Set<String> communities = new TreeSet<>(touched.communities());
                    communities.addAll(cored);
                    return column(tx, "select distinct school_code from " + schema + ".membership_fact"
                            + " where community_id = any($1)", communities)
                            .flatMap(members -> column(tx, "select distinct core_school from " + schema
                                    + ".community_fact where community_id = any($1) and core_school is not null",
                                    communities)
                                    .flatMap(cores -> {
                                        Set<String> schools = new TreeSet<>(touched.schools());
                                        schools.addAll(members);
                                        Set<String> concerned = new TreeSet<>(schools);
                                        concerned.addAll(cores);
                                        return FlowFacts.dependents(tx, schema, concerned, touched.staff(),
                                                        touched.postings())
                                                .flatMap(found -> compute(tx, schema, new Scope(schools, communities,
                                                        new FlowFacts.Owners(union(touched.postings(), found.postings()),
                                                                union(touched.activities(), found.activities()),
                                                                union(touched.series(), found.series()),
                                                                union(touched.staff(), found.staff()))),
                                                        rules, false));
                                    }));
                });
    }

    /**
     * Computes the timelines of these schools and communities (on a worker thread) and replaces their rows; in a
     * rebuild ({@code first}) they have none yet, and the deltas go to the unlogged {@code figure_day}.
     */
    private static Uni<Void> compute(SqlConnection tx, String schema, Scope scope, ReportRules rules,
                                     boolean first) {
        return load(tx, schema, scope.schools(), scope.communities())
                .flatMap(loaded -> FlowFacts.load(tx, schema, scope.flows())
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(flows -> loaded.compute(scope.flows(), flows, rules)))
                .flatMap(rows -> first ? rows.writeFirst(tx, schema) : rows.write(tx, schema));
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> all = new TreeSet<>(some);
        all.addAll(others);
        return all;
    }

    private static Uni<List<String>> column(SqlConnection tx, String sql, Set<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return tx.preparedQuery(sql).execute(Tuple.of(keys.toArray(String[]::new))).map(rows -> {
            List<String> values = new ArrayList<>();
            rows.forEach(row -> values.add(row.getString(0)));
            return values;
        });
    }

    /** The facts of the schools and communities to recompute, and of every community those schools were in. */
    private static Uni<Loaded> load(SqlConnection tx, String schema, Set<String> schools, Set<String> communities) {
        String[] codes = schools.toArray(String[]::new);
        return tx.preparedQuery("select event_id, school_code, effective_date, stream_version, kind, county_code, name,"
                        + " classification, level, ownership, special_education, vocational, teaching_point from "
                        + schema + ".school_fact where school_code = any($1)"
                        + " order by school_code, effective_date, stream_version")
                .execute(Tuple.of(codes))
                .flatMap(schoolRows -> tx.preparedQuery("select event_id, community_id, school_code, effective_date,"
                                + " stream_version, member from " + schema + ".membership_fact where school_code = any($1)"
                                + " order by community_id, school_code, effective_date, stream_version")
                        .execute(Tuple.of(codes))
                        .flatMap(membershipRows -> {
                            Map<String, List<SchoolFact>> schoolFacts = new LinkedHashMap<>();
                            schools.forEach(code -> schoolFacts.put(code, new ArrayList<>()));
                            schoolRows.forEach(row -> schoolFacts.get(row.getString(1)).add(ReportFacts.schoolFact(row)));
                            Map<String, List<MembershipFact>> memberships = new HashMap<>();
                            Set<String> allCommunities = new TreeSet<>(communities);
                            for (Row row : membershipRows) {
                                MembershipFact fact = new MembershipFact(row.getUUID(0), row.getString(1),
                                        row.getString(2), row.getLocalDate(3), row.getInteger(4), row.getBoolean(5));
                                memberships.computeIfAbsent(fact.school(), code -> new ArrayList<>()).add(fact);
                                allCommunities.add(fact.community());
                            }
                            return tx.preparedQuery("select f.event_id, f.community_id, f.effective_date,"
                                            + " f.stream_version, f.kind, f.name, f.model, f.core_school, r.county_code from "
                                            + schema + ".community_fact f left join " + schema + ".school_fact r"
                                            + " on r.school_code = f.core_school and r.kind = 'REGISTERED'"
                                            + " where f.community_id = any($1)"
                                            + " order by f.community_id, f.effective_date, f.stream_version")
                                    .execute(Tuple.of(allCommunities.toArray(String[]::new)))
                                    .map(communityRows -> {
                                        Map<String, List<CommunityFact>> communityFacts = new HashMap<>();
                                        communityRows.forEach(row -> communityFacts.computeIfAbsent(row.getString(1),
                                                id -> new ArrayList<>()).add(ReportFacts.communityFact(row)));
                                        return new Loaded(schoolFacts, memberships, communityFacts, communities);
                                    });
                        }));
    }

    private record Loaded(Map<String, List<SchoolFact>> schools, Map<String, List<MembershipFact>> memberships,
                          Map<String, List<CommunityFact>> communityFacts, Set<String> communities) {

        /** The rows of these schools and communities, and of the postings, activities and series given. */
        Rows compute(FlowFacts.Owners flowOwners, FlowFacts flows, ReportRules rules) {
            List<String> owners = new ArrayList<>();
            schools.keySet().forEach(code -> owners.add("school-" + code));
            communities.forEach(id -> owners.add("community-" + id));
            flowOwners.postings().forEach(id -> owners.add("posting-" + id));
            flowOwners.activities().forEach(id -> owners.add("activity-" + id));
            flowOwners.series().forEach(id -> owners.add("sync-series-" + id));
            flowOwners.staff().forEach(id -> owners.add("staff-" + id));
            Rows rows = new Rows(schools.keySet(), communities, owners);
            flows.spans(rules).forEach((owner, spans) -> spans.forEach(span -> rows.contribution(owner, span)));
            schools.forEach((code, facts) -> {
                List<MembershipFact> of = memberships.getOrDefault(code, List.of());
                ReportTimeline.OfSchool timeline = ReportTimeline.school(facts, of, communityFacts,
                        rules.supportCounties());
                timeline.contributions().forEach(span -> rows.contribution("school-" + code, span));
                timeline.memberLines().forEach(span -> rows.memberLine(code, span));
            });
            for (String id : communities) {
                ReportTimeline.OfCommunity timeline = ReportTimeline.community(id,
                        communityFacts.getOrDefault(id, List.of()), rules.supportCounties());
                timeline.states().forEach(rows::communityState);
                timeline.contributions().forEach(span -> rows.contribution("community-" + id, span));
            }
            return rows;
        }
    }

    /** A unit's figure on a day, where a delta applies. */
    private record Day(String unit, String figure, LocalDate day) {

        /** Mixed: the record's own hash is nearly additive, and a chunk's units, figures and days collide in it. */
        @Override
        public int hashCode() {
            int hash = unit.hashCode() * 0x9E3779B9 + figure.hashCode();
            hash = hash * 0x9E3779B9 + (int) day.toEpochDay();
            return hash ^ (hash >>> 16);
        }
    }

    /** A stored span being replaced, as it counted in one unit. */
    private record Removed(String owner, String unit, String figure, String subject, LocalDate from, LocalDate to,
                           int weight) {
    }

    /** A delta summed by day ({@code d}), month ({@code m}) or year ({@code y}), from the period's first day. */
    private record Grain(String unit, String grain, LocalDate period, String figure) {
    }

    /**
     * The units whose figures a stored span counts in: a community's own, or a county's and the city and province
     * above it (those spans are stored once, at the county).
     */
    static List<String> withDivisionsAbove(String unit) {
        return unit.startsWith("community/") ? List.of(unit)
                : List.of(unit.substring(0, 2) + "0000", unit.substring(0, 4) + "00", unit);
    }

    /** The rows that replace those of the recomputed schools and communities, as columns for unnest. */
    private static final class Rows {

        private static final String CONTRIBUTIONS = "insert into %s.contribution (owner, unit, figure, subject,"
                + " valid_from, valid_to, weight, events) select o, u, f, s, vf, vt, w, ($10::uuid[])[ef:el]"
                + " from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[],"
                + " $7::integer[], $8::integer[], $9::integer[]) as t(o, u, f, s, vf, vt, w, ef, el)";
        private static final String COMMUNITY_STATES = "insert into %s.community_state (community_id, valid_from,"
                + " valid_to, name, model, core_school, core_county, events) select c, vf, vt, n, m, cs, cc,"
                + " ($10::uuid[])[ef:el] from unnest($1::text[], $2::date[], $3::date[], $4::text[], $5::text[],"
                + " $6::text[], $7::text[], $8::integer[], $9::integer[]) as t(c, vf, vt, n, m, cs, cc, ef, el)";
        private static final String MEMBER_LINES = "insert into %s.member_line (school_code, community_id, valid_from,"
                + " valid_to, name, county, classification, since, cross_region, support_category) select * from"
                + " unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[], $7::text[],"
                + " $8::date[], $9::boolean[], $10::text[])";

        private final Set<String> schools;
        private final Set<String> communities;
        private final List<String> owners;
        private final Columns contributions = new Columns(String.class, String.class, String.class, String.class,
                LocalDate.class, LocalDate.class, Integer.class, List.class);
        private final Columns states = new Columns(String.class, LocalDate.class, LocalDate.class, String.class,
                String.class, String.class, String.class, List.class);
        private final Columns lines = new Columns(String.class, String.class, LocalDate.class, LocalDate.class, String.class, String.class, String.class, LocalDate.class, Boolean.class, String.class);
        private final Map<Day, Integer> deltas = new HashMap<>();

        Rows(Set<String> schools, Set<String> communities, List<String> owners) {
            this.schools = schools;
            this.communities = communities;
            this.owners = owners;
        }

        void contribution(String owner, Span<Counted, List<UUID>> span) {
            Counted counted = span.key();
            // a county or a community (whose id may end in 00 too); cities and provinces read their counties
            if (counted.unit().startsWith("community/") || !counted.unit().endsWith("00")) {
                contributions.add(owner, counted.unit(), counted.figure(), counted.subject(), span.from(), span.to(),
                        counted.weight(), span.value());
            }
            delta(counted.unit(), counted.figure(), span.from(), counted.weight());
            if (span.to() != null) {
                delta(counted.unit(), counted.figure(), span.to(), -counted.weight());
            }
        }

        void delta(String unit, String figure, LocalDate day, int change) {
            deltas.merge(new Day(unit, figure, day), change, Integer::sum);
        }

        void communityState(Span<String, CommunityOnDate> span) {
            CommunityOnDate community = span.value();
            states.add(community.id(), span.from(), span.to(), community.name(),
                    community.model() == null ? null : community.model().name(), community.coreSchool(),
                    community.coreCounty(), community.events());
        }

        void memberLine(String school, Span<String, MemberLine> span) {
            MemberLine line = span.value();
            lines.add(school, span.key(), span.from(), span.to(), line.name(), line.county(),
                    line.classification().name(), line.since(), line.crossRegion(), line.supportCategory());
        }

        Uni<Void> write(SqlConnection tx, String schema) {
            return tx.preparedQuery("delete from " + schema + ".contribution where owner = any($1)"
                            + " returning owner, unit, figure, subject, valid_from, valid_to, weight")
                    .execute(Tuple.of(owners.toArray(String[]::new)))
                    .flatMap(removed -> {
                        // a posting between two counties of one city was counted once in the city and the province
                        Set<Removed> counted = new HashSet<>();
                        for (Row row : removed) {
                            for (String unit : ReportTimelines.withDivisionsAbove(row.getString(1))) {
                                Removed span = new Removed(row.getString(0), unit, row.getString(2), row.getString(3),
                                        row.getLocalDate(4), row.getLocalDate(5), row.getInteger(6));
                                if (counted.add(span)) {
                                    delta(unit, span.figure(), span.from(), -span.weight());
                                    if (span.to() != null) {
                                        delta(unit, span.figure(), span.to(), span.weight());
                                    }
                                }
                            }
                        }
                        return insert(tx, CONTRIBUTIONS.formatted(schema), contributions);
                    })
                    .flatMap(done -> writeDeltas(tx, schema))
                    .flatMap(done -> communities.isEmpty() ? Uni.createFrom().voidItem()
                            : tx.preparedQuery("delete from " + schema + ".community_state where community_id = any($1)")
                                    .execute(Tuple.of(communities.toArray(String[]::new)))
                                    .flatMap(deleted -> insert(tx, COMMUNITY_STATES.formatted(schema), states)))
                    .flatMap(done -> schools.isEmpty() ? Uni.createFrom().voidItem()
                            : tx.preparedQuery("delete from " + schema + ".member_line where school_code = any($1)")
                                    .execute(Tuple.of(schools.toArray(String[]::new)))
                                    .flatMap(deleted -> insert(tx, MEMBER_LINES.formatted(schema), lines)));
        }

        /** The rows of schools and communities computed for the first time, in a rebuild: inserted only. */
        Uni<Void> writeFirst(SqlConnection tx, String schema) {
            Columns days = new Columns(String.class, String.class, LocalDate.class, Integer.class);
            deltas.forEach((key, delta) -> {
                if (delta != 0) {
                    days.add(key.unit(), key.figure(), key.day(), delta);
                }
            });
            return insert(tx, CONTRIBUTIONS.formatted(schema), contributions)
                    .flatMap(done -> insert(tx, "insert into " + schema + ".figure_day (unit, figure, day, delta)"
                            + " select * from unnest($1::text[], $2::text[], $3::date[], $4::integer[])", days))
                    .flatMap(done -> insert(tx, COMMUNITY_STATES.formatted(schema), states))
                    .flatMap(done -> insert(tx, MEMBER_LINES.formatted(schema), lines));
        }

        private Uni<Void> writeDeltas(SqlConnection tx, String schema) {
            Map<Grain, Integer> grains = new TreeMap<>(Comparator.comparing(Grain::unit).thenComparing(Grain::grain)
                    .thenComparing(Grain::period).thenComparing(Grain::figure));
            deltas.forEach((key, delta) -> {
                if (delta != 0) {
                    grains.merge(new Grain(key.unit(), "d", key.day(), key.figure()), delta, Integer::sum);
                    grains.merge(new Grain(key.unit(), "m", key.day().withDayOfMonth(1), key.figure()), delta, Integer::sum);
                    grains.merge(new Grain(key.unit(), "y", key.day().withDayOfYear(1), key.figure()), delta, Integer::sum);
                }
            });
            Columns changed = new Columns(String.class, String.class, LocalDate.class, String.class, Integer.class);
            grains.forEach((key, delta) -> {
                if (delta != 0) {
                    changed.add(key.unit(), key.grain(), key.period(), key.figure(), delta);
                }
            });
            return insert(tx, "insert into " + schema + ".figure_delta (unit, grain, period, figure, delta)"
                    + " select * from unnest($1::text[], $2::\"char\"[], $3::date[], $4::text[], $5::integer[])"
                    + " on conflict (unit, grain, period, figure) do update set delta = figure_delta.delta + excluded.delta",
                    changed);
        }

        private static Uni<Void> insert(SqlConnection tx, String sql, Columns columns) {
            return columns.size() == 0 ? Uni.createFrom().voidItem()
                    : tx.preparedQuery(sql).execute(columns.tuple()).replaceWithVoid();
        }
    }
}
