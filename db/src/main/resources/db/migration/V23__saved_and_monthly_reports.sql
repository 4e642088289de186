-- Issue 14. Saved reports: a user's named report request (which report, period, missions, breakdown,
-- filters: codes only, as the reports accept them), seen and run by its owner only. The name is a label
-- for a set of filters; it is unique per owner whatever its case.
create sequence saved_report_seq;
create table saved_report (
    id           bigint       primary key default nextval('saved_report_seq'),
    owner        varchar(64)  not null,
    name         varchar(80)  not null check (length(name) between 1 and 80),
    report       varchar(64)  not null,
    request      jsonb        not null,
    row_version  bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);
create unique index saved_report_owner_name on saved_report (owner, lower(name));

-- The automatic monthly report of each mission, one row per file. Every server's timer may produce the
-- same month at once: the unique key keeps the first, and both files of a month are written by one
-- statement, so a crash leaves both or neither.
create sequence monthly_report_seq;
create table monthly_report (
    id            bigint       primary key default nextval('monthly_report_seq'),
    mission       varchar(16)  not null,
    month         date         not null check (extract(day from month) = 1),
    format        varchar(8)   not null check (format in ('pdf', 'xlsx')),
    filename      varchar(128) not null,
    content_type  varchar(100) not null,
    content       bytea        not null,
    produced_at   timestamptz  not null default now(),
    unique (mission, month, format)
);
create index monthly_report_month on monthly_report (month, mission);
