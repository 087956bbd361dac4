-- The local read model of community-service's schools and communities (from edu.community.events), as the dated
-- facts of contracts' CommunityFacts. A question "on date D" takes the latest fact on or before D (by date, then
-- stream version).
create table community_school (
    school_code text primary key,
    county_code text not null
);

create table community_school_classification (
    school_code text not null,
    effective_date date not null,
    stream_version integer not null,
    classification text not null,
    primary key (school_code, stream_version)
);

create table community_membership (
    community_id text not null,
    school_code text not null,
    effective_date date not null,
    stream_version integer not null,
    member boolean not null,
    primary key (community_id, school_code, stream_version)
);
create index on community_membership (school_code);

create table community_status (
    community_id text not null,
    effective_date date not null,
    stream_version integer not null,
    core_school text,
    active boolean not null,
    primary key (community_id, stream_version)
);

create table community_model (
    community_id text not null,
    effective_date date not null,
    stream_version integer not null,
    model text not null,
    primary key (community_id, stream_version)
);
