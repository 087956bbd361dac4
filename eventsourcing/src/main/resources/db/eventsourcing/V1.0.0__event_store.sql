-- Event store of one service. The table is also the outbox: the publisher reads it in
-- (tx_id, position) order, below the oldest transaction still running (see OutboxPublisher).
create table es_event (
    position        bigint generated always as identity primary key,
    tx_id           xid8        not null default pg_current_xact_id(),
    stream_id       text        not null,
    stream_version  integer     not null check (stream_version > 0),
    event_id        uuid        not null unique,
    event_type      text        not null,
    schema_version  integer     not null,
    payload         jsonb       not null,
    correlation_id  text        not null,
    causation_id    text,
    actor           text        not null,
    region          text,
    recorded_at     timestamptz not null default clock_timestamp(),
    unique (stream_id, stream_version)
);

create index es_event_publication on es_event (tx_id, position);

-- Where each publisher got to: the last (tx_id, position) that Kafka acknowledged.
create table es_publication_checkpoint (
    publisher     text primary key,
    last_tx_id    xid8   not null,
    last_position bigint not null,
    updated_at    timestamptz not null default now()
);

-- Idempotency-Key of a write, recorded in the transaction of the append it caused.
create table es_idempotency (
    scope          text    not null,
    idem_key       text    not null,
    request_hash   text    not null,
    stream_id      text    not null,
    stream_version integer not null,
    recorded_at    timestamptz not null default now(),
    primary key (scope, idem_key)
);

-- Events a consumer has applied: recorded in the transaction of the read-model change.
create table es_inbox (
    consumer     text not null,
    event_id     uuid not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
