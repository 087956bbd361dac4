-- Every append wakes the publishers (LISTEN es_event_appended) when its transaction commits. A statement trigger
-- sends the notification, so an append needs no round trip of its own for it; PostgreSQL folds the identical
-- notifications of one transaction into one.
create function es_event_appended() returns trigger language plpgsql as $$
begin
    perform pg_notify('es_event_appended', '');
    return null;
end
$$;

create trigger es_event_appended after insert on es_event for each statement execute function es_event_appended();
