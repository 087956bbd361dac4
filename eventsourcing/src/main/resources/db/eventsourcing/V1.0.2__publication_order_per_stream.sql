-- The publisher sends events in (tx_id, position) order. A transaction's id is assigned at its first write,
-- so a transaction that wrote something else first (an inbox row, a register) can hold an id lower than the
-- transaction that appended the stream's previous version, and its event would be sent first. tx_id is
-- therefore the publication order: the writing transaction's id, raised to the previous version's tx_id.
-- The previous version has committed (the append read it), so holding the event back until every
-- transaction below that id has finished never waits for a running one, and no event can still appear
-- below a checkpoint: tx_id is never lower than the id of the transaction that writes it.
create function es_event_publication_order() returns trigger language plpgsql volatile as $$
begin
    new.tx_id := greatest(pg_current_xact_id(),
                          coalesce((select tx_id from es_event
                                    where stream_id = new.stream_id and stream_version < new.stream_version
                                    order by stream_version desc limit 1), '0'::xid8));
    return new;
end
$$;

create trigger es_event_publication_order before insert on es_event
    for each row execute function es_event_publication_order();

