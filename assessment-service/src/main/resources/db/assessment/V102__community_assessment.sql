-- 捆绑考核 — each school's place in a published round version: the community it was assessed with (as its core
-- school or a member), the community's total, rank and reward in the round's division. Kept in the transaction of
-- each publication and correction.
create table community_assessment_school (
    round_id      text    not null,
    version       integer not null,
    school_code   text    not null,
    community_id  text    not null,
    role          text    not null,
    division      text    not null,
    school_year   integer not null,
    cut_off_date  date    not null,
    total         double precision not null,
    rank          integer not null,
    reward        bigint  not null,
    primary key (round_id, version, school_code, community_id)
);

create index community_assessment_school_by_school on community_assessment_school (school_code, round_id, version);
