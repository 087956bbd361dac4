-- Activities as they stand now, kept in the append's transaction; the term figures are read from here.
create table activity (
    activity_id text primary key,
    community_id text not null,
    kind text not null,
    host_school text not null,
    status text not null,
    activity_date date not null,
    duration_minutes integer,
    version integer not null
);
create index on activity (community_id, activity_date);

-- Actual participants of held activities, per school and grade, with the school's county.
create table activity_participation (
    activity_id text not null references activity (activity_id),
    school_code text not null,
    county_code text not null,
    grade integer not null,
    students integer not null,
    primary key (activity_id, school_code, grade)
);
create index on activity_participation (county_code);
