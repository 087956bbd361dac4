-- Which generation of each projection's tables is live. A rebuild fills a new generation from offset zero
-- and switches this row; reads and the live consumer follow it.
create table es_projection (
    name          text primary key,
    active_schema text not null,
    generation    integer not null,
    switched_at   timestamptz not null default now()
);
