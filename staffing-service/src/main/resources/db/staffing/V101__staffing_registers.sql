-- Registers kept in the append's transaction: each aggregate as it stands now (its folded state as jsonb, read by
-- the figures), and every school a person was appointed at, so that a school's or a county's figures read only
-- the people who were ever there.
create table staff (
    staff_id uuid primary key,
    school_code text not null,
    left_on date,
    version integer not null,
    state jsonb not null
);
create index on staff (school_code);

create table staff_school (
    staff_id uuid not null,
    school_code text not null,
    primary key (school_code, staff_id)
);

create table posting (
    posting_id uuid primary key,
    staff_id uuid not null,
    status text not null,
    origin_school text not null,
    destination_school text not null,
    version integer not null,
    state jsonb not null
);
create index on posting (staff_id);

create table mentorship (
    mentorship_id uuid primary key,
    mentor_id uuid not null,
    apprentice_id uuid not null,
    version integer not null,
    state jsonb not null
);

-- 个人信息 — personal data: mutable and erasable, never in an event. Kept with Hibernate Reactive (Panache).
-- A row whose staff_id has no staff row yet belongs to a registration still under way (or one that failed
-- before its event was written): no read shows it, and the retry of the registration adopts it.
create table personal_data (
    staff_id uuid primary key,
    full_name text,
    resident_id text unique,
    gender text,
    birth_date date,
    contact text,
    erased_at timestamptz,
    recorded_at timestamptz not null
);
