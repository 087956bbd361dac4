-- Statistics streams are of kind "school-statistics" (two words); the event store's own migration could
-- only take the first word of the ids written before it.
update es_event set stream_kind = 'school-statistics' where stream_id like 'school-statistics-%';
