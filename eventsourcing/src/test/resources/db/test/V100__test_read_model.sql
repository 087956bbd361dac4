-- A read model kept by the test consumer: one row per event applied, so duplicates would show.
create table test_applied_event (
    stream_id      text    not null,
    stream_version integer not null,
    event_id       uuid    not null,
    applied_at     timestamptz not null default clock_timestamp()
);
