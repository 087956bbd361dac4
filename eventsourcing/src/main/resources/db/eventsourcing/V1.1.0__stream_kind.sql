-- The kind of each stream, stored beside its id so that readers (the change feed) never split the id to
-- find it. Kinds written before this column were single words; a service whose kinds have several words
-- corrects its own rows in a migration of its own.
alter table es_event add column stream_kind text;
update es_event set stream_kind = split_part(stream_id, '-', 1);
alter table es_event alter column stream_kind set not null;
