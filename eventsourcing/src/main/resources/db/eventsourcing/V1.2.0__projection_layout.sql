-- The layout (version of the tables) of each projection's active generation. A service whose projection has a
-- newer layout than its active generation rebuilds it into a new generation before reading it.
alter table es_projection add column layout integer not null default 1;
