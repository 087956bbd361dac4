-- 教共体名录: every community as its stream leaves it, and which school belongs to which community when,
-- written in the transaction of each append.
create table community_register (
    community_id   uuid primary key,
    name           text    not null,
    model          text    not null,
    group_type     text,
    core_school    text    not null,
    status         text    not null,
    formed_on      date    not null,
    dissolved_on   date,
    agreement_term_end date not null,
    version        integer not null
);

-- One row per school and stretch of belonging: from_date to to_date (the first day it no longer belongs;
-- null while it does). exclusive marks integrated and co-construction communities, of which a school
-- belongs to at most one at a time; the unique index holds that even under concurrent writes.
create table community_membership (
    community_id uuid    not null,
    school_code  text    not null,
    role         text    not null,
    model        text    not null,
    exclusive    boolean not null,
    from_date    date    not null,
    to_date      date
);

create unique index community_membership_one_exclusive on community_membership (school_code)
    where exclusive and to_date is null;
create index community_membership_school on community_membership (school_code, from_date);
create index community_membership_community on community_membership (community_id);
