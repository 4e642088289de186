-- Totals the mission reports read instead of counting a million cases or
-- millions of records at each run (issue 14, docs/benchmarks.md). They hold no
-- figure of their own: each groups its source rows by every column a report
-- filters, breaks down or compares on, so a report's GROUP BY over the totals
-- (sum instead of count) gives exactly what it gives over the source rows.
--
-- Kept by the triggers below, in the transaction of the write they count,
-- whatever writes (JPA, the outbox's upsert, the retention purge, bulk SQL).
-- They work per statement on its transition tables, so a bulk insert adds its
-- rows grouped, once. A write only ever INSERTS its changes (+n, -n) as new rows,
-- never updates a shared total: concurrent registrations neither wait for nor
-- deadlock on each other (an upsert of shared rows did, under the synthetic
-- generator's parallel batches). A reader sums the rows of a cell;
-- compact_report_totals() (a timer, every minute) replaces each cell's rows by
-- their sum in one statement, so a reader sees before or after, both exact. The triggers are ENABLE ALWAYS: a
-- load with session_replication_role = replica (tests skipping foreign keys)
-- keeps them too. rebuild_report_totals() computes them again from the source
-- tables (run below for the rows already there; for repair).
--
-- Types and dates: changed_at::date is the date in the session's time zone, as
-- the reports' SQL computes it; Camino's connections all use the server's.

-- Statistical records (the mission's own, stat_record) per every coded column
-- an events report (count of records) uses. Distinct counts of cases or persons
-- still read stat_record.
create table stat_total (
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
create index stat_total_cell on stat_total (mission, case_type, event_type, event_month);
comment on table stat_total is 'stat_record counted per mission, type, event, month and coded variable (kept by triggers; mission reports).';

-- Live cases per every column the caseload counts use (open at a date, opened,
-- closed, per status, type, assignee, closure reason).
create table case_total (
    mission_id     bigint      not null,
    case_type      varchar(3)  not null,
    status         varchar(32) not null,
    assigned_to    bigint,
    opened_on      date        not null,
    closed_on      date,
    closure_reason varchar(32),
    cases          bigint      not null
);
create index case_total_cell on case_total (mission_id, opened_on, closed_on);
comment on table case_total is 'case_file counted per mission, type, status, assignee, dates and closure reason (kept by triggers).';

-- Workflow steps (status changes after the first) per day and days since the
-- case opened: the median of a period is read from this histogram.
create table case_milestone_total (
    mission_id bigint      not null,
    case_type  varchar(3)  not null,
    to_status  varchar(32) not null,
    changed_on date        not null,
    days       integer     not null,
    changes    bigint      not null
);
create index case_milestone_total_cell on case_milestone_total (mission_id, changed_on);
comment on table case_milestone_total is 'Status changes (not the first) per mission, type, status, day and days since opening (kept by triggers).';

-- Each case's latest status change (by time, then id) and its day, with the
-- case's columns the overdue count filters on.
create table case_status_now (
    case_id    bigint      primary key,
    mission_id bigint      not null,
    case_type  varchar(3)  not null,
    opened_on  date        not null,
    closed_on  date,
    to_status  varchar(32) not null,
    since      date        not null
);
-- the overdue count reads, per case type and open status, the waits longer than
-- expected, then the cases changed after the period's end (none for a current
-- period); the mission is checked on those rows (a mission first in the index
-- left both as a scan of every case: 0.65 s at 1M cases)
create index case_status_now_waiting on case_status_now (case_type, to_status, since);
create index case_status_now_since on case_status_now (since);
comment on table case_status_now is 'Each case''s latest status and since when (kept by triggers; caseload: overdue cases).';

-- stat_record -----------------------------------------------------------------

create function stat_total_added() returns trigger language plpgsql set search_path from current as $$
begin
    insert into stat_total (mission, case_type, event_type, event_month, programme_code, status, sex, age_band,
                                 nationality, origin_country, destination_country, household_size_band, records)
    select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
           origin_country, destination_country, household_size_band, count(*)
      from new_rows group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
    return null;
end $$;

create function stat_total_removed() returns trigger language plpgsql set search_path from current as $$
begin
    insert into stat_total (mission, case_type, event_type, event_month, programme_code, status, sex, age_band,
                            nationality, origin_country, destination_country, household_size_band, records)
    select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
           origin_country, destination_country, household_size_band, -count(*)
      from old_rows group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
    return null;
end $$;

-- An update (a correction: new version of a record) moves the record from its
-- old cell to its new one; nothing is written when no counted column changed.
create function stat_total_updated() returns trigger language plpgsql set search_path from current as $$
begin
    insert into stat_total (mission, case_type, event_type, event_month, programme_code, status, sex, age_band,
                                 nationality, origin_country, destination_country, household_size_band, records)
    select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
           origin_country, destination_country, household_size_band, sum(d)
      from (select *, 1 as d from new_rows union all select *, -1 from old_rows) r
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 having sum(d) <> 0;
    return null;
end $$;

create trigger stat_total_insert after insert on stat_record referencing new table as new_rows
    for each statement execute function stat_total_added();
create trigger stat_total_delete after delete on stat_record referencing old table as old_rows
    for each statement execute function stat_total_removed();
create trigger stat_total_update after update on stat_record referencing old table as old_rows new table as new_rows
    for each statement execute function stat_total_updated();

-- case_file -------------------------------------------------------------------

create function case_total_added() returns trigger language plpgsql set search_path from current as $$
begin
    insert into case_total (mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, cases)
    select mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, count(*)
      from new_rows group by 1, 2, 3, 4, 5, 6, 7;
    return null;
end $$;

create function case_total_removed() returns trigger language plpgsql set search_path from current as $$
begin
    insert into case_total (mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, cases)
    select mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, -count(*)
      from old_rows group by 1, 2, 3, 4, 5, 6, 7;
    return null;
end $$;

-- An update of a case: its cell in case_total, its steps in the histogram (if
-- its mission, type or opening date changed) and its row in case_status_now.
create function case_file_updated() returns trigger language plpgsql set search_path from current as $$
begin
    insert into case_total (mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, cases)
    select mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, sum(d)
      from (select mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, 1 as d from new_rows
            union all
            select mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, -1 from old_rows) r
     group by 1, 2, 3, 4, 5, 6, 7 having sum(d) <> 0;

    insert into case_milestone_total (mission_id, case_type, to_status, changed_on, days, changes)
    select mission_id, case_type, to_status, changed_on, days, sum(d)
      from (select c.mission_id, c.case_type, s.to_status, s.changed_at::date as changed_on,
                   s.changed_at::date - c.opened_on as days, c.d
              from (select n.id, n.mission_id, n.case_type, n.opened_on, 1 as d from new_rows n
                    union all
                    select o.id, o.mission_id, o.case_type, o.opened_on, -1 from old_rows o) c
              join case_status_change s on s.case_id = c.id and s.from_status is not null
             where c.id in (select n.id from new_rows n join old_rows o on o.id = n.id
                             where (n.mission_id, n.case_type, n.opened_on) is distinct from (o.mission_id, o.case_type, o.opened_on))) r
     group by 1, 2, 3, 4, 5 having sum(d) <> 0;

    update case_status_now w set mission_id = n.mission_id, case_type = n.case_type, opened_on = n.opened_on,
                                 closed_on = n.closed_on
      from new_rows n
     where w.case_id = n.id
       and (w.mission_id, w.case_type, w.opened_on, w.closed_on) is distinct from (n.mission_id, n.case_type, n.opened_on, n.closed_on);
    return null;
end $$;

create trigger case_total_insert after insert on case_file referencing new table as new_rows
    for each statement execute function case_total_added();
create trigger case_total_delete after delete on case_file referencing old table as old_rows
    for each statement execute function case_total_removed();
create trigger case_file_totals_update after update on case_file referencing old table as old_rows new table as new_rows
    for each statement execute function case_file_updated();

-- case_status_change ----------------------------------------------------------

-- The cases whose status changes were written: their steps added to (or
-- removed from) the histogram, their latest status looked up again.
create function case_status_changes_written() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into case_milestone_total (mission_id, case_type, to_status, changed_on, days, changes)
        select c.mission_id, c.case_type, s.to_status, s.changed_at::date, s.changed_at::date - c.opened_on, -count(*)
          from old_rows s join case_file c on c.id = s.case_id
         where s.from_status is not null
         group by 1, 2, 3, 4, 5;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into case_milestone_total (mission_id, case_type, to_status, changed_on, days, changes)
        select c.mission_id, c.case_type, s.to_status, s.changed_at::date, s.changed_at::date - c.opened_on, count(*)
          from new_rows s join case_file c on c.id = s.case_id
         where s.from_status is not null
         group by 1, 2, 3, 4, 5;
    end if;

    if tg_op = 'DELETE' then
        perform case_status_now_refresh(array(select distinct case_id from old_rows));
    elsif tg_op = 'INSERT' then
        perform case_status_now_refresh(array(select distinct case_id from new_rows));
    else
        perform case_status_now_refresh(array(select case_id from old_rows union select case_id from new_rows));
    end if;
    return null;
end $$;

-- The latest status change of these cases, again (none left: no row).
create function case_status_now_refresh(cases bigint[]) returns void language plpgsql set search_path from current as $$
begin
    delete from case_status_now w
     where w.case_id = any(cases) and not exists (select 1 from case_status_change s where s.case_id = w.case_id);
    insert into case_status_now as w (case_id, mission_id, case_type, opened_on, closed_on, to_status, since)
    select distinct on (s.case_id) s.case_id, c.mission_id, c.case_type, c.opened_on, c.closed_on, s.to_status,
           s.changed_at::date
      from unnest(cases) i (id) join case_status_change s on s.case_id = i.id join case_file c on c.id = s.case_id
     order by s.case_id, s.changed_at desc, s.id desc
    on conflict (case_id) do update set mission_id = excluded.mission_id, case_type = excluded.case_type,
        opened_on = excluded.opened_on, closed_on = excluded.closed_on, to_status = excluded.to_status, since = excluded.since
     where (w.mission_id, w.case_type, w.opened_on, w.closed_on, w.to_status, w.since) is distinct from
           (excluded.mission_id, excluded.case_type, excluded.opened_on, excluded.closed_on, excluded.to_status, excluded.since);
end $$;

create trigger case_status_totals_insert after insert on case_status_change referencing new table as new_rows
    for each statement execute function case_status_changes_written();
create trigger case_status_totals_delete after delete on case_status_change referencing old table as old_rows
    for each statement execute function case_status_changes_written();
create trigger case_status_totals_update after update on case_status_change
    referencing old table as old_rows new table as new_rows
    for each statement execute function case_status_changes_written();

-- Fired whatever session_replication_role says (see the top).
alter table stat_record enable always trigger stat_total_insert;
alter table stat_record enable always trigger stat_total_delete;
alter table stat_record enable always trigger stat_total_update;
alter table case_file enable always trigger case_total_insert;
alter table case_file enable always trigger case_total_delete;
alter table case_file enable always trigger case_file_totals_update;
alter table case_status_change enable always trigger case_status_totals_insert;
alter table case_status_change enable always trigger case_status_totals_delete;
alter table case_status_change enable always trigger case_status_totals_update;

-- Compaction ------------------------------------------------------------------

-- Each cell's rows replaced by one row of their sum (none if it is 0), each
-- table in one statement. One compaction at a time (servers share the
-- database): false if another is running.
create function compact_report_totals() returns boolean language plpgsql set search_path from current as $$
begin
    if not pg_try_advisory_xact_lock(hashtext('compact_report_totals')) then
        return false;
    end if;
    -- a table whose cells have one row each is left as it is (no rewrite while nothing is written)
    if exists (select 1 from stat_total group by mission, case_type, event_type, event_month, programme_code, status,
                      sex, age_band, nationality, origin_country, destination_country, household_size_band
                having count(*) > 1 or sum(records) = 0) then
    with gone as (delete from stat_total returning *)
    insert into stat_total (mission, case_type, event_type, event_month, programme_code, status, sex, age_band,
                            nationality, origin_country, destination_country, household_size_band, records)
    select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
           origin_country, destination_country, household_size_band, sum(records)
      from gone group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 having sum(records) <> 0;
    end if;
    if exists (select 1 from case_total group by mission_id, case_type, status, assigned_to, opened_on, closed_on,
                      closure_reason having count(*) > 1 or sum(cases) = 0) then
    with gone as (delete from case_total returning *)
    insert into case_total (mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, cases)
    select mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, sum(cases)
      from gone group by 1, 2, 3, 4, 5, 6, 7 having sum(cases) <> 0;
    end if;
    if exists (select 1 from case_milestone_total group by mission_id, case_type, to_status, changed_on, days
                having count(*) > 1 or sum(changes) = 0) then
    with gone as (delete from case_milestone_total returning *)
    insert into case_milestone_total (mission_id, case_type, to_status, changed_on, days, changes)
    select mission_id, case_type, to_status, changed_on, days, sum(changes)
      from gone group by 1, 2, 3, 4, 5 having sum(changes) <> 0;
    end if;
    return true;
end $$;

-- Rebuild ---------------------------------------------------------------------

-- Every total computed again from its source rows, the writers of those rows
-- held off meanwhile (share locks until the caller's transaction ends):
-- select rebuild_report_totals();
create function rebuild_report_totals() returns void language plpgsql set search_path from current as $$
begin
    lock table stat_record, case_file, case_status_change in share mode;
    truncate stat_total, case_total, case_milestone_total, case_status_now;
    insert into stat_total (mission, case_type, event_type, event_month, programme_code, status, sex, age_band,
                            nationality, origin_country, destination_country, household_size_band, records)
    select mission, case_type, event_type, event_month, programme_code, status, sex, age_band, nationality,
           origin_country, destination_country, household_size_band, count(*)
      from stat_record group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
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
end $$;

select rebuild_report_totals();
