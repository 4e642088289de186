-- Central data repository, HQ side: records held per mission, case type,
-- event type and month, kept by the ingest in the same transaction as the
-- store (+1 for each record inserted, -1 for each removed: replaced into
-- another month or tombstoned). HQ's totals and feeds read these few
-- thousand rows instead of counting hundreds of millions of records.
-- A row whose count falls to 0 stays (a month may fill again).
create table cdr_total (
    mission     varchar(16)  not null,
    case_type   varchar(8)   not null,
    event_type  varchar(32)  not null,
    event_month date         not null,
    records     bigint       not null check (records >= 0),
    primary key (mission, case_type, event_type, event_month)
);
comment on table cdr_total is 'Records held at HQ per mission, case type, event type and month (kept by the ingest).';

insert into cdr_total (mission, case_type, event_type, event_month, records)
select mission, case_type, event_type, event_month, count(*) from cdr_record
 group by mission, case_type, event_type, event_month;
