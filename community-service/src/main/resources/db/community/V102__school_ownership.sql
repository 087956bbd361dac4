-- 办学性质: public (公办) or private (民办); coverage counts public schools.
alter table school_register add column ownership text not null default 'PUBLIC';
alter table school_register alter column ownership drop default;
