-- Synchronous-classroom series (同步课堂) as they stand now, and each recorded lesson per receiving classroom
-- with the receiving school's county, kept in the append's transaction; the term figures are read from here.
create table sync_series (
    series_id text primary key,
    community_id text not null,
    teaching_school text not null,
    term text not null,
    lesson_minutes integer not null,
    version integer not null
);
create index on sync_series (community_id);

create table sync_classroom_session (
    series_id text not null references sync_series (series_id),
    lesson_date date not null,
    school_code text not null,
    classroom_id text not null,
    county_code text not null,
    enrolled integer not null,
    held boolean not null,
    present integer not null,
    missed_reason text,
    primary key (series_id, lesson_date, school_code, classroom_id)
);
create index on sync_classroom_session (county_code, lesson_date);
