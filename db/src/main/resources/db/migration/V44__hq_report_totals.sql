-- HQ's statistical reports (issue 14, docs/benchmarks.md): the counts of records (every report whose unit is an
-- event) read totals of HQ's store cdr_record instead of counting up to hundreds of millions of records, as the
-- mission's read stat_total (V34). cdr_total (V18) cannot serve them: it has no programme code, which the reports'
-- conditions test (a return is a movement DEPARTED or ARRIVED), nor the coded columns they break down by.
--
-- cdr_stat_total has stat_total's shape: cdr_record grouped by mission, case type, event type, month and every
-- coded column a report filters or breaks down on. cdr_stat_code_total groups the same records by mission, case
-- type, event type, month and programme code only: a report broken down by month or code, unfiltered (the monthly
-- returns), reads its few rows instead of every cell (records with independent codes, as the benchmark's, make
-- nearly one cell per record in cdr_stat_total).
--
-- Kept by statement triggers on cdr_record (V34's approach: whatever writes, in the same transaction, each
-- statement's rows grouped once from its transition tables), but as upserts of one row per cell, not V34's
-- inserted changes: HQ's store has one writer at a time (the ingest takes its lock, repository.control.Ingest), so
-- upserts do not wait on each other there, and the totals need no compaction (ReportTotalsTimer does not even run
-- on an HQ-only server). For the same reason V34's trigger functions are not reused: they insert into stat_total,
-- named in their static SQL (planned once per session: the mission writes one record per statement). A writer
-- other than the ingest (bulk SQL) upserts its cells in cell order, so two such writers wait rather than deadlock.
-- A cell whose records all went stays at 0 until a rebuild (the reports read cells above 0).
--
-- The ingest writes cdr_record through the partitioned table only (insert of new records and of new versions,
-- delete of replaced versions and of tombstoned cases; never an update), which fires these triggers with all the
-- statement's rows whatever partition holds them. A statement on one partition directly, a detached partition or
-- an archived month are not counted: run select rebuild_report_totals() after such an operation. TRUNCATE of
-- cdr_record empties the totals.

create table cdr_stat_total (
    mission             varchar(16) not null,
    case_type           varchar(8)  not null,
    event_type          varchar(32) not null,
    event_month         date        not null,
    programme_code      varchar(64),
    status              varchar(32),
    sex                 varchar(16),
    age_band            varchar(16),
    nationality         varchar(8),
    origin_country      varchar(8),
    destination_country varchar(8),
    household_size_band varchar(8),
    records             bigint      not null
);
create unique index cdr_stat_total_cell on cdr_stat_total (mission, case_type, event_type, event_month, programme_code,
    status, sex, age_band, nationality, origin_country, destination_country, household_size_band) nulls not distinct;
comment on table cdr_stat_total is 'cdr_record counted per mission, type, event, month and coded variable (kept by triggers; HQ''s reports).';

create table cdr_stat_code_total (
    mission        varchar(16) not null,
    case_type      varchar(8)  not null,
    event_type     varchar(32) not null,
    event_month    date        not null,
    programme_code varchar(64),
    records        bigint      not null
);
create unique index cdr_stat_code_total_cell on cdr_stat_code_total (mission, case_type, event_type, event_month,
    programme_code) nulls not distinct;
comment on table cdr_stat_code_total is 'cdr_record counted per mission, type, event, month and programme code (kept by triggers; HQ''s reports by month or code).';

-- The changes of one statement (records: +n inserted, -n removed, per cell) added to both totals. Each branch reads
-- its transition tables (an insert has no old rows, a delete no new ones); an update moves records between cells
-- and writes nothing when no counted column changed.
create function cdr_stat_totals_written() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op = 'INSERT' then
        with changes as (
            select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
                   origin_country, destination_country, household_size_band, count(*) as records
              from new_rows group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        cells as (
            insert into cdr_stat_total as t select * from changes order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
            on conflict (mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
                         origin_country, destination_country, household_size_band)
            do update set records = t.records + excluded.records)
        insert into cdr_stat_code_total as t
        select mission, case_type, event_type, event_month, programme_code, sum(records) from changes
         group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (mission, case_type, event_type, event_month, programme_code)
        do update set records = t.records + excluded.records;
    elsif tg_op = 'DELETE' then
        with changes as (
            select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
                   origin_country, destination_country, household_size_band, -count(*) as records
              from old_rows group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        cells as (
            insert into cdr_stat_total as t select * from changes order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
            on conflict (mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
                         origin_country, destination_country, household_size_band)
            do update set records = t.records + excluded.records)
        insert into cdr_stat_code_total as t
        select mission, case_type, event_type, event_month, programme_code, sum(records) from changes
         group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (mission, case_type, event_type, event_month, programme_code)
        do update set records = t.records + excluded.records;
    else
        with changes as (
            select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
                   origin_country, destination_country, household_size_band, sum(d) as records
              from (select *, 1 as d from new_rows union all select *, -1 from old_rows) r
             group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 having sum(d) <> 0),
        cells as (
            insert into cdr_stat_total as t select * from changes order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
            on conflict (mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
                         origin_country, destination_country, household_size_band)
            do update set records = t.records + excluded.records)
        insert into cdr_stat_code_total as t
        select mission, case_type, event_type, event_month, programme_code, sum(records) from changes
         group by 1, 2, 3, 4, 5 having sum(records) <> 0 order by 1, 2, 3, 4, 5
        on conflict (mission, case_type, event_type, event_month, programme_code)
        do update set records = t.records + excluded.records;
    end if;
    return null;
end $$;

create function cdr_stat_totals_truncated() returns trigger language plpgsql set search_path from current as $$
begin
    truncate cdr_stat_total, cdr_stat_code_total;
    return null;
end $$;

create trigger cdr_stat_totals_insert after insert on cdr_record referencing new table as new_rows
    for each statement execute function cdr_stat_totals_written();
create trigger cdr_stat_totals_delete after delete on cdr_record referencing old table as old_rows
    for each statement execute function cdr_stat_totals_written();
create trigger cdr_stat_totals_update after update on cdr_record referencing old table as old_rows new table as new_rows
    for each statement execute function cdr_stat_totals_written();
create trigger cdr_stat_totals_truncate after truncate on cdr_record
    for each statement execute function cdr_stat_totals_truncated();

-- fired whatever session_replication_role says (V34)
alter table cdr_record enable always trigger cdr_stat_totals_insert;
alter table cdr_record enable always trigger cdr_stat_totals_delete;
alter table cdr_record enable always trigger cdr_stat_totals_update;
alter table cdr_record enable always trigger cdr_stat_totals_truncate;

-- Both totals computed again from cdr_record (the caller holds off its writers).
create function cdr_stat_totals_rebuilt() returns void language sql set search_path from current as $$
    truncate cdr_stat_total, cdr_stat_code_total;
    insert into cdr_stat_total (mission, case_type, event_type, event_month, programme_code, status, sex, age_band,
                                nationality, origin_country, destination_country, household_size_band, records)
    select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
           origin_country, destination_country, household_size_band, count(*)
      from cdr_record group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
    insert into cdr_stat_code_total (mission, case_type, event_type, event_month, programme_code, records)
    select mission, case_type, event_type, event_month, programme_code, sum(records)
      from cdr_stat_total group by 1, 2, 3, 4, 5;
$$;

-- V40's rebuild, with HQ's totals.
create or replace function rebuild_report_totals() returns void language plpgsql set search_path from current as $$
begin
    lock table stat_record, case_file, case_status_change, cdr_record in share mode;
    truncate stat_total, case_total, case_milestone_total, case_status_now;
    insert into stat_total (mission, case_type, event_type, event_month, programme_code, status, sex, age_band,
                            nationality, origin_country, destination_country, household_size_band, records)
    select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
           origin_country, destination_country, household_size_band, count(*)
      from stat_record group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
    perform stat_distinct_units_rebuilt();
    insert into case_total (mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, cases)
    select mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, count(*)
      from case_file group by 1, 2, 3, 4, 5, 6, 7;
    insert into case_milestone_total (mission_id, case_type, to_status, changed_on, days, changes)
    select c.mission_id, c.case_type, s.to_status, s.changed_at::date, s.changed_at::date - c.opened_on, count(*)
      from case_status_change s join case_file c on c.id = s.case_id
     where s.from_status is not null
     group by 1, 2, 3, 4, 5;
    insert into case_status_now (case_id, mission_id, case_type, opened_on, closed_on, to_status, since)
    select distinct on (s.case_id) s.case_id, c.mission_id, c.case_type, c.opened_on, c.closed_on, s.to_status,
           s.changed_at::date
      from case_status_change s join case_file c on c.id = s.case_id
     order by s.case_id, s.changed_at desc, s.id desc;
    perform cdr_stat_totals_rebuilt();
end $$;

-- the records already there
lock table cdr_record in share mode;
select cdr_stat_totals_rebuilt();
