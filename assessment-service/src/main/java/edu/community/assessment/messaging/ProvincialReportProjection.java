package edu.community.assessment.messaging;

import edu.community.assessment.domain.ReportRules;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.Topics;
import edu.community.contracts.community.CommunityDissolved;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModelChanged;
import edu.community.contracts.community.CoreSchoolChanged;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.MemberLeft;
import edu.community.contracts.community.SchoolClosed;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.contracts.community.SchoolReopened;
import edu.community.contracts.exchange.ActivityCancelled;
import edu.community.contracts.exchange.ActivityHeld;
import edu.community.contracts.exchange.ActivityPlanned;
import edu.community.contracts.exchange.ActivityPostponed;
import edu.community.contracts.exchange.ActivityRecordCorrected;
import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.ParticipantCount;
import edu.community.contracts.exchange.SyncSeriesPlanned;
import edu.community.contracts.exchange.SyncSessionCorrected;
import edu.community.contracts.exchange.SyncSessionRecorded;
import edu.community.contracts.staffing.PostingApproved;
import edu.community.contracts.staffing.PostingCancelled;
import edu.community.contracts.staffing.PostingCompleted;
import edu.community.contracts.staffing.PostingEndedEarly;
import edu.community.contracts.staffing.PostingProposed;
import edu.community.contracts.staffing.PostingRejected;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.StaffBackboneChanged;
import edu.community.contracts.staffing.StaffLeft;
import edu.community.contracts.staffing.StaffRegistered;
import edu.community.contracts.staffing.StaffRoleChanged;
import edu.community.contracts.staffing.StaffTransferred;
import edu.community.eventsourcing.consume.Envelope;
import edu.community.eventsourcing.projection.Projection;
import edu.community.eventsourcing.projection.Projections;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * 全省报表 — the facts the provincial report is computed from, kept from the event log: each event about a
 * school, a community or a membership becomes a dated fact, so that the report can be asked for any date and
 * a late or backdated event changes the dates it concerns. Every event used is kept in {@code source_event},
 * so that each figure can name the events behind it.
 *
 * <p>It reads community-service's, staffing-service's and exchange-service's topics ({@link #topics()}), each on its
 * own channel; adding a topic is adding it there, a channel, its fact tables to {@link #createTables} and its events
 * to {@link #apply}.
 */
@ApplicationScoped
public class ProvincialReportProjection implements Projection {

    public static final String NAME = "provincial_report";

    private final Projections projections;
    private final ReportRules rules;

    public ProvincialReportProjection(Projections projections, ReportRules rules) {
        this.projections = projections;
        this.rules = rules;
    }

    @Incoming("report-community")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return projections.applyLive(this, record);
    }

    @Incoming("report-staffing")
    public Uni<Void> onStaffing(ConsumerRecord<String, String> record) {
        return projections.applyLive(this, record);
    }

    @Incoming("report-exchange")
    public Uni<Void> onExchange(ConsumerRecord<String, String> record) {
        return projections.applyLive(this, record);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.COMMUNITY, Topics.STAFFING, Topics.EXCHANGE);
    }

    /**
     * 3: the facts of staffing and exchange, and weighted contributions, beside layout 2 (the figures kept
     * incrementally: timelines, deltas, spans) and the community facts of layout 1.
     */
    @Override
    public int layout() {
        return 3;
    }

    /** The tables, without their indexes ({@link #createIndexes}): a rebuild loads them bare. */
    @Override
    public Uni<Void> createTables(SqlConnection tx, String schema) {
        return tx.query("""
                create table %1$s.source_event (
                    event_id uuid not null,
                    type text not null,
                    subject text not null,
                    stream_version integer not null,
                    effective_date date,
                    recorded_at timestamptz not null);
                create table %1$s.school_fact (
                    event_id uuid not null,
                    school_code text not null,
                    effective_date date not null,
                    stream_version integer not null,
                    kind text not null,
                    county_code text,
                    name text,
                    classification text,
                    level text,
                    ownership text,
                    special_education boolean,
                    vocational boolean,
                    teaching_point boolean);
                create table %1$s.community_fact (
                    event_id uuid not null,
                    community_id text not null,
                    effective_date date not null,
                    stream_version integer not null,
                    kind text not null,
                    name text,
                    model text,
                    core_school text);
                create table %1$s.membership_fact (
                    event_id uuid not null,
                    community_id text not null,
                    school_code text not null,
                    effective_date date not null,
                    stream_version integer not null,
                    member boolean not null);
                create table %1$s.posting_fact (
                    event_id uuid not null,
                    posting_id text not null,
                    effective_date date not null,
                    stream_version integer not null,
                    kind text not null,
                    staff_id text,
                    posting_kind text,
                    origin_school text,
                    destination_school text,
                    planned_end date,
                    as_transfer boolean not null);
                create table %1$s.staff_fact (
                    event_id uuid not null,
                    staff_id text not null,
                    effective_date date not null,
                    stream_version integer not null,
                    kind text not null,
                    school_code text,
                    role text,
                    backbone text);
                create table %1$s.activity_fact (
                    event_id uuid not null,
                    activity_id text not null,
                    effective_date date not null,
                    stream_version integer not null,
                    kind text not null,
                    activity_kind text,
                    community_id text,
                    host_school text,
                    participants integer not null);
                create table %1$s.sync_fact (
                    event_id uuid not null,
                    series_id text not null,
                    effective_date date not null,
                    stream_version integer not null,
                    kind text not null,
                    community_id text,
                    teaching_school text,
                    lesson_minutes integer not null);
                create table %1$s.sync_classroom_fact (
                    event_id uuid not null,
                    series_id text not null,
                    school_code text not null,
                    classroom_id text not null,
                    enrolled integer not null,
                    held boolean not null,
                    present integer not null);
                """.formatted(schema) + ReportTimelines.tables(schema)).execute().replaceWithVoid();
    }

    /** The indexes the facts are read by: what the timelines of some schools and communities are computed from. */
    static String factIndexes(String schema) {
        return """
                create unique index if not exists source_event_pkey on %1$s.source_event (event_id);
                create unique index if not exists school_fact_pkey on %1$s.school_fact (event_id);
                create index if not exists school_fact_school on %1$s.school_fact (school_code, effective_date, stream_version);
                create index if not exists school_fact_county on %1$s.school_fact (county_code) where kind = 'REGISTERED';
                create unique index if not exists community_fact_pkey on %1$s.community_fact (event_id);
                create index if not exists community_fact_community on %1$s.community_fact (community_id, effective_date, stream_version);
                create index if not exists community_fact_core on %1$s.community_fact (core_school);
                create unique index if not exists membership_fact_pkey on %1$s.membership_fact (event_id, school_code);
                create index if not exists membership_fact_membership on %1$s.membership_fact (community_id, school_code, effective_date, stream_version);
                create index if not exists membership_fact_school on %1$s.membership_fact (school_code);
                create unique index if not exists posting_fact_pkey on %1$s.posting_fact (event_id);
                create index if not exists posting_fact_posting on %1$s.posting_fact (posting_id, stream_version);
                create index if not exists posting_fact_origin on %1$s.posting_fact (origin_school);
                create index if not exists posting_fact_destination on %1$s.posting_fact (destination_school);
                create index if not exists posting_fact_staff on %1$s.posting_fact (staff_id);
                create unique index if not exists staff_fact_pkey on %1$s.staff_fact (event_id);
                create index if not exists staff_fact_staff on %1$s.staff_fact (staff_id, effective_date, stream_version);
                create unique index if not exists activity_fact_pkey on %1$s.activity_fact (event_id);
                create index if not exists activity_fact_activity on %1$s.activity_fact (activity_id, stream_version);
                create index if not exists activity_fact_host on %1$s.activity_fact (host_school);
                create unique index if not exists sync_fact_pkey on %1$s.sync_fact (event_id);
                create index if not exists sync_fact_series on %1$s.sync_fact (series_id, stream_version);
                create index if not exists sync_fact_teaching on %1$s.sync_fact (teaching_school);
                create unique index if not exists sync_classroom_fact_pkey on %1$s.sync_classroom_fact (event_id, school_code, classroom_id);
                create index if not exists sync_classroom_fact_series on %1$s.sync_classroom_fact (series_id);
                create index if not exists sync_classroom_fact_school on %1$s.sync_classroom_fact (school_code);
                """.formatted(schema);
    }

    /** Every index; in a rebuild those of the facts exist already ({@link #loaded}), which is no news. */
    @Override
    public Uni<Void> createIndexes(SqlConnection tx, String schema) {
        return tx.query("set local client_min_messages = warning;" + factIndexes(schema)
                + ReportTimelines.indexes(schema)).execute().replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, String schema, Envelope<Record> envelope) {
        return applyAll(tx, schema, List.of(envelope));
    }

    /**
     * Writes the facts of a batch in one round of statements (facts are dated, so their order does not matter),
     * then recomputes the timelines of the schools and communities they concern from all of their facts.
     */
    @Override
    public Uni<Void> applyAll(SqlConnection tx, String schema, List<Envelope<Record>> envelopes) {
        Facts facts = new Facts();
        envelopes.forEach(facts::add);
        return facts.write(tx, schema)
                .flatMap(written -> ReportTimelines.refresh(tx, schema, facts.touched, rules));
    }

    /** A rebuild's batch: only the facts; the timelines are computed once from all of them in {@link #loaded}. */
    @Override
    public Uni<Void> load(SqlConnection tx, String schema, List<Envelope<Record>> envelopes) {
        Facts facts = new Facts();
        envelopes.forEach(facts::add);
        return facts.write(tx, schema);
    }

    /**
     * Indexes the facts, then computes the timeline of every school and community of a rebuilt generation once,
     * a thousand at a time; the read model's own indexes come after ({@link #createIndexes}).
     */
    @Override
    public Uni<Void> loaded(Pool pool, String schema) {
        return pool.withTransaction(tx -> tx.query("set local statement_timeout = 0").execute()
                        .flatMap(set -> tx.query(factIndexes(schema)).execute()))
                .flatMap(indexed -> ReportTimelines.deriveAll(pool, schema, rules));
    }

    /** The rows the facts of some events make, one list per table. */
    private static final class Facts {

        private final Columns sources = new Columns(UUID.class, String.class, String.class, Integer.class,
                LocalDate.class, OffsetDateTime.class);
        private final Columns schools = new Columns(UUID.class, String.class, LocalDate.class, Integer.class,
                String.class, String.class, String.class, String.class, String.class, String.class, Boolean.class,
                Boolean.class, Boolean.class);
        private final Columns communities = new Columns(UUID.class, String.class, LocalDate.class, Integer.class,
                String.class, String.class, String.class, String.class);
        private final Columns memberships = new Columns(UUID.class, String.class, String.class, LocalDate.class,
                Integer.class, Boolean.class);
        private final Columns postings = new Columns(UUID.class, String.class, LocalDate.class, Integer.class,
                String.class, String.class, String.class, String.class, String.class, LocalDate.class, Boolean.class);
        private final Columns staff = new Columns(UUID.class, String.class, LocalDate.class, Integer.class,
                String.class, String.class, String.class, String.class);
        private final Columns activities = new Columns(UUID.class, String.class, LocalDate.class, Integer.class,
                String.class, String.class, String.class, String.class, Integer.class);
        private final Columns series = new Columns(UUID.class, String.class, LocalDate.class, Integer.class,
                String.class, String.class, String.class, Integer.class);
        private final Columns classrooms = new Columns(UUID.class, String.class, String.class, String.class,
                Integer.class, Boolean.class, Integer.class);
        private final Set<String> membershipKeys = new HashSet<>();
        private final Set<String> classroomKeys = new HashSet<>();
        private final ReportTimelines.Touched touched = ReportTimelines.Touched.none();

        private int size() {
            return schools.size() + communities.size() + memberships.size() + postings.size() + staff.size()
                    + activities.size() + series.size();
        }

        void add(Envelope<Record> envelope) {
            Record data = envelope.data();
            int before = size();
            if (data instanceof SchoolRegistered e) {
                school(envelope, "REGISTERED", e.schoolCode(), e.countyCode(), e.name(), e.classification(),
                        e.level(), e.ownership(), e.specialEducation(), e.vocational(), e.teachingPoint(),
                        e.effectiveDate());
            } else if (data instanceof SchoolDetailsChanged e) {
                school(envelope, "DETAILS_CHANGED", e.schoolCode(), null, e.name(), e.classification(), e.level(),
                        e.ownership(), e.specialEducation(), e.vocational(), e.teachingPoint(), e.effectiveDate());
            } else if (data instanceof SchoolClosed e) {
                school(envelope, "CLOSED", e.schoolCode(), null, null, null, null, null, null, null, null,
                        e.effectiveDate());
            } else if (data instanceof SchoolReopened e) {
                school(envelope, "REOPENED", e.schoolCode(), null, null, null, null, null, null, null, null,
                        e.effectiveDate());
            } else if (data instanceof CommunityFormed e) {
                community(envelope, "FORMED", e.communityId(), e.name(), e.model(), e.coreSchool(), e.effectiveDate());
                e.members().forEach(member -> membership(envelope, e.communityId(), member, true, e.effectiveDate()));
            } else if (data instanceof MemberJoined e) {
                membership(envelope, e.communityId(), e.schoolCode(), true, e.effectiveDate());
            } else if (data instanceof MemberLeft e) {
                membership(envelope, e.communityId(), e.schoolCode(), false, e.effectiveDate());
            } else if (data instanceof CoreSchoolChanged e) {
                community(envelope, "CORE_CHANGED", e.communityId(), null, null, e.coreSchool(), e.effectiveDate());
                membership(envelope, e.communityId(), e.coreSchool(), false, e.effectiveDate());
            } else if (data instanceof CommunityModelChanged e) {
                community(envelope, "MODEL_CHANGED", e.communityId(), null, e.model(), null, e.effectiveDate());
            } else if (data instanceof CommunityDissolved e) {
                community(envelope, "DISSOLVED", e.communityId(), null, null, null, e.effectiveDate());
            } else {
                addFlow(envelope);
            }
            if (size() > before) {
                LocalDate effective = data instanceof EffectiveDated dated ? dated.effectiveDate() : null;
                sources.add(envelope.id(), envelope.type(), envelope.subject(), envelope.streamVersion(),
                        effective, envelope.time());
            }
        }

        /** The facts of staffing and exchange events; other events are not the report's. */
        private void addFlow(Envelope<Record> envelope) {
            Record data = envelope.data();
            if (data instanceof PostingProposed e) {
                postings.add(envelope.id(), e.postingId(), e.effectiveDate(), envelope.streamVersion(), "PROPOSED",
                        e.staffId(), e.kind().name(), e.originSchool(), e.destinationSchool(), e.plannedEnd(), false);
                touched.postings().add(e.postingId());
            } else if (data instanceof PostingApproved e) {
                posting(envelope, "APPROVED", e.postingId(), false, e.effectiveDate());
            } else if (data instanceof PostingRejected e) {
                posting(envelope, "REJECTED", e.postingId(), false, e.effectiveDate());
            } else if (data instanceof PostingCancelled e) {
                posting(envelope, "CANCELLED", e.postingId(), false, e.effectiveDate());
            } else if (data instanceof PostingStarted e) {
                posting(envelope, "STARTED", e.postingId(), false, e.effectiveDate());
            } else if (data instanceof PostingCompleted e) {
                posting(envelope, "COMPLETED", e.postingId(), e.recordedAsTransfer(), e.effectiveDate());
            } else if (data instanceof PostingEndedEarly e) {
                posting(envelope, "ENDED_EARLY", e.postingId(), false, e.effectiveDate());
            } else if (data instanceof StaffRegistered e) {
                staff(envelope, "REGISTERED", e.staffId(), e.schoolCode(), e.role(), e.backbone(), e.effectiveDate());
            } else if (data instanceof StaffRoleChanged e) {
                staff(envelope, "ROLE_CHANGED", e.staffId(), e.schoolCode(), e.role(), null, e.effectiveDate());
            } else if (data instanceof StaffBackboneChanged e) {
                staff(envelope, "BACKBONE_CHANGED", e.staffId(), null, null, e.backbone(), e.effectiveDate());
            } else if (data instanceof StaffTransferred e) {
                staff(envelope, "TRANSFERRED", e.staffId(), e.toSchool(), e.role(), null, e.effectiveDate());
            } else if (data instanceof StaffLeft e) {
                staff(envelope, "LEFT", e.staffId(), null, null, null, e.effectiveDate());
            } else if (data instanceof ActivityPlanned e) {
                activity(envelope, "PLANNED", e.activityId(), e.kind(), e.communityId(), e.hostSchool(), 0,
                        e.effectiveDate());
            } else if (data instanceof ActivityPostponed e) {
                activity(envelope, "POSTPONED", e.activityId(), null, null, null, 0, e.effectiveDate());
            } else if (data instanceof ActivityCancelled e) {
                activity(envelope, "CANCELLED", e.activityId(), null, null, null, 0, e.effectiveDate());
            } else if (data instanceof ActivityHeld e) {
                activity(envelope, "HELD", e.activityId(), null, null, null, students(e.participants()),
                        e.effectiveDate());
            } else if (data instanceof ActivityRecordCorrected e) {
                activity(envelope, "CORRECTED", e.activityId(), null, null, null, students(e.participants()),
                        e.effectiveDate());
            } else if (data instanceof SyncSeriesPlanned e) {
                series(envelope, "PLANNED", e.seriesId(), e.communityId(), e.teachingSchool(), e.lessonMinutes(),
                        e.effectiveDate());
                e.receivingClassrooms().forEach(room -> classroom(envelope, e.seriesId(), room.schoolCode(),
                        room.classroomId(), room.enrolled(), false, 0));
            } else if (data instanceof SyncSessionRecorded e) {
                session(envelope, "RECORDED", e.seriesId(), e.classrooms(), e.effectiveDate());
            } else if (data instanceof SyncSessionCorrected e) {
                session(envelope, "CORRECTED", e.seriesId(), e.classrooms(), e.effectiveDate());
            }
        }

        private void posting(Envelope<Record> envelope, String kind, String posting, boolean asTransfer,
                             LocalDate effectiveDate) {
            touched.postings().add(posting);
            postings.add(envelope.id(), posting, effectiveDate, envelope.streamVersion(), kind, null, null, null, null,
                    null, asTransfer);
        }

        private void staff(Envelope<Record> envelope, String kind, String staffId, String school, Enum<?> role,
                           Enum<?> backbone, LocalDate effectiveDate) {
            touched.staff().add(staffId);
            staff.add(envelope.id(), staffId, effectiveDate, envelope.streamVersion(), kind, school, nameOf(role),
                    nameOf(backbone));
        }

        private void activity(Envelope<Record> envelope, String kind, String activity, Enum<?> activityKind,
                              String community, String host, int participants, LocalDate effectiveDate) {
            touched.activities().add(activity);
            activities.add(envelope.id(), activity, effectiveDate, envelope.streamVersion(), kind, nameOf(activityKind),
                    community, host, participants);
        }

        private void series(Envelope<Record> envelope, String kind, String seriesId, String community, String teaching,
                            int lessonMinutes, LocalDate effectiveDate) {
            touched.series().add(seriesId);
            series.add(envelope.id(), seriesId, effectiveDate, envelope.streamVersion(), kind, community, teaching,
                    lessonMinutes);
        }

        private void session(Envelope<Record> envelope, String kind, String seriesId, List<ClassroomSession> rooms,
                             LocalDate effectiveDate) {
            series(envelope, kind, seriesId, null, null, 0, effectiveDate);
            rooms.forEach(room -> classroom(envelope, seriesId, room.schoolCode(), room.classroomId(), 0, room.held(),
                    room.present()));
        }

        /** Once per event, school and classroom, as its unique index says: a rebuild must not fail on a repeat. */
        private void classroom(Envelope<Record> envelope, String seriesId, String school, String classroom,
                               int enrolled, boolean held, int present) {
            if (classroomKeys.add(envelope.id() + "/" + school + "/" + classroom)) {
                classrooms.add(envelope.id(), seriesId, school, classroom, enrolled, held, present);
            }
        }

        private static int students(List<ParticipantCount> participants) {
            return participants.stream().mapToInt(ParticipantCount::students).sum();
        }

        /** One multi-row statement per table; nothing is written twice (the unique indexes, when there are any). */
        Uni<Void> write(SqlConnection tx, String schema) {
            return insert(tx, "insert into " + schema + ".source_event (event_id, type, subject, stream_version,"
                    + " effective_date, recorded_at) select * from unnest($1::uuid[], $2::text[], $3::text[],"
                    + " $4::integer[], $5::date[], $6::timestamptz[]) on conflict do nothing", sources)
                    .flatMap(done -> insert(tx, "insert into " + schema + ".school_fact (event_id, school_code,"
                            + " effective_date, stream_version, kind, county_code, name, classification, level,"
                            + " ownership, special_education, vocational, teaching_point) select * from unnest("
                            + "$1::uuid[], $2::text[], $3::date[], $4::integer[], $5::text[], $6::text[], $7::text[],"
                            + " $8::text[], $9::text[], $10::text[], $11::boolean[], $12::boolean[], $13::boolean[])",
                            schools))
                    .flatMap(done -> insert(tx, "insert into " + schema + ".community_fact (event_id, community_id,"
                            + " effective_date, stream_version, kind, name, model, core_school) select * from unnest("
                            + "$1::uuid[], $2::text[], $3::date[], $4::integer[], $5::text[], $6::text[], $7::text[],"
                            + " $8::text[])", communities))
                    .flatMap(done -> insert(tx, "insert into " + schema + ".membership_fact (event_id, community_id,"
                            + " school_code, effective_date, stream_version, member) select * from unnest($1::uuid[],"
                            + " $2::text[], $3::text[], $4::date[], $5::integer[], $6::boolean[]) on conflict do nothing",
                            memberships))
                    .flatMap(done -> insert(tx, "insert into " + schema + ".posting_fact (event_id, posting_id,"
                            + " effective_date, stream_version, kind, staff_id, posting_kind, origin_school,"
                            + " destination_school, planned_end, as_transfer) select * from unnest($1::uuid[],"
                            + " $2::text[], $3::date[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::text[],"
                            + " $9::text[], $10::date[], $11::boolean[])", postings))
                    .flatMap(done -> insert(tx, "insert into " + schema + ".staff_fact (event_id, staff_id,"
                            + " effective_date, stream_version, kind, school_code, role, backbone) select * from"
                            + " unnest($1::uuid[], $2::text[], $3::date[], $4::integer[], $5::text[], $6::text[],"
                            + " $7::text[], $8::text[])", staff))
                    .flatMap(done -> insert(tx, "insert into " + schema + ".activity_fact (event_id, activity_id,"
                            + " effective_date, stream_version, kind, activity_kind, community_id, host_school,"
                            + " participants) select * from unnest($1::uuid[], $2::text[], $3::date[], $4::integer[],"
                            + " $5::text[], $6::text[], $7::text[], $8::text[], $9::integer[])", activities))
                    .flatMap(done -> insert(tx, "insert into " + schema + ".sync_fact (event_id, series_id,"
                            + " effective_date, stream_version, kind, community_id, teaching_school, lesson_minutes)"
                            + " select * from unnest($1::uuid[], $2::text[], $3::date[], $4::integer[], $5::text[],"
                            + " $6::text[], $7::text[], $8::integer[])", series))
                    .flatMap(done -> insert(tx, "insert into " + schema + ".sync_classroom_fact (event_id, series_id,"
                            + " school_code, classroom_id, enrolled, held, present) select * from unnest($1::uuid[],"
                            + " $2::text[], $3::text[], $4::text[], $5::integer[], $6::boolean[], $7::integer[])",
                            classrooms));
        }

        private static Uni<Void> insert(SqlConnection tx, String sql, Columns rows) {
            return rows.size() == 0 ? Uni.createFrom().voidItem()
                    : tx.preparedQuery(sql).execute(rows.tuple()).replaceWithVoid();
        }

        private void school(Envelope<Record> envelope, String kind, String school, String county, String name,
                            Enum<?> classification, Enum<?> level, Enum<?> ownership, Boolean specialEducation,
                            Boolean vocational, Boolean teachingPoint, LocalDate effectiveDate) {
            touched.schools().add(school);
            if ("REGISTERED".equals(kind)) {
                touched.registered().add(school);
            }
            schools.add(envelope.id(), school, effectiveDate, envelope.streamVersion(), kind, county, name,
                    nameOf(classification), nameOf(level), nameOf(ownership), specialEducation, vocational,
                    teachingPoint);
        }

        private void community(Envelope<Record> envelope, String kind, String community, String name, Enum<?> model,
                               String core, LocalDate effectiveDate) {
            touched.communities().add(community);
            communities.add(envelope.id(), community, effectiveDate, envelope.streamVersion(), kind, name,
                    nameOf(model), core);
        }

        private void membership(Envelope<Record> envelope, String community, String school, boolean member,
                                LocalDate effectiveDate) {
            touched.schools().add(school);
            if (membershipKeys.add(envelope.id() + "/" + school)) { // once per event and school, as its unique index says
                memberships.add(envelope.id(), community, school, effectiveDate, envelope.streamVersion(), member);
            }
        }

        private static String nameOf(Enum<?> value) {
            return value == null ? null : value.name();
        }
    }
}
