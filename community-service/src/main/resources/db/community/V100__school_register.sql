-- 学校名录: every school as its stream leaves it, written in the transaction of each append, so that
-- lists, searches and rules across schools see exactly what the streams say.
create table school_register (
    school_code       text primary key,
    county_code       text    not null,
    city_code         text    not null,
    province_code     text    not null,
    name              text    not null,
    classification    text    not null,
    level             text    not null,
    legal_entity      text,
    enrolment         integer not null,
    special_education boolean not null,
    vocational        boolean not null,
    teaching_point    boolean not null,
    status            text    not null,
    registered_on     date    not null,
    closed_on         date,
    version           integer not null
);

create index school_register_county on school_register (county_code, school_code);
create index school_register_city on school_register (city_code, school_code);
create index school_register_province on school_register (province_code, school_code);
