-- 学校年度统计: the statistics in force per school, school year and stage, kept in the transaction of each
-- SchoolStatisticsSubmitted append; the balance indicators are computed from it.
create table school_statistics (
    school_code text not null,
    school_year integer not null,
    stage text not null,
    county_code text not null,
    students integer not null,
    teachers integer not null,
    qualified_teachers integer not null,
    backbone_teachers integer not null,
    pe_arts_teachers integer not null,
    mid_titled_teachers integer not null,
    multimedia_classrooms integer not null,
    computers integer not null,
    books integer not null,
    floor_space double precision not null,
    sports_space double precision not null,
    equipment_value double precision not null,
    effective_date date not null,
    version integer not null,
    primary key (school_code, school_year, stage)
);

create index school_statistics_county on school_statistics (county_code, school_year, stage);
