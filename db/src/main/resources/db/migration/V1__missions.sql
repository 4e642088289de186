-- Missions: the country offices that own cases. Codes like KEN or KEN-NBO.
create sequence mission_seq start with 1 increment by 50;

create table mission (
    id          bigint       primary key,
    code        varchar(16)  not null unique check (code ~ '^[A-Z]{3}(-[A-Z]{3})?$'),
    name        varchar(200) not null,
    country     char(3)      not null check (country ~ '^[A-Z]{3}$'),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

comment on table mission is 'A country office; every case belongs to exactly one mission.';
