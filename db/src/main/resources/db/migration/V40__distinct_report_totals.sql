-- The distinct counts of the mission reports (issue 14, docs/benchmarks.md): resettlement cases that reached a
-- status (resettlement-status) and victims of trafficking (trafficking-victims), where a case or person counted
-- over a span of months is counted once, so they cannot be summed from V34's monthly totals.
--
-- A unit (the case of a resettlement registration or status change; the person of a counter-trafficking
-- registration) is counted in a cell (mission, case type and the values of the cell's columns) in every month in
-- which it has a record there. Each such month m is kept with the unit's previous month p in that cell (null:
-- none). The units of a cell over the months [a, b] are then a sum: the rows with m in [a, b] and p null or before
-- a (exactly one per unit: its first month in [a, b]). A cell broken down or filtered by month needs no condition
-- on p. A cell's columns are status for resettlement, sex, age_band and nationality for trafficking: each either
-- the record's value (unknown: 'UNKNOWN', as the reports show it) or null when the cell does not distinguish it;
-- a unit is kept in every combination (2 for resettlement, 8 for trafficking), so a report filtered and broken down
-- by any of them reads the one combination it needs.
--
-- Write cost (the reason for this design; docs/benchmarks.md): only the records these two reports count fire a
-- trigger at all (row triggers with a WHEN clause: every other record, and a correction that changes nothing
-- counted, pays nothing). Such a record updates its unit's one row in stat_distinct_unit (an upsert: the unit's
-- records per cell value and month, a few entries) and inserts the difference its change makes to the unit's
-- (month, previous month) rows, computed from that small row, never from stat_record. The upsert also serialises
-- the writers of one unit (the second waits for the first's commit, then sees its entries); writers of different
-- units never wait for each other, and stat_distinct_total, like V34's totals, only receives inserts.

create table stat_distinct_total (
    mission        varchar(16) not null,
    case_type      varchar(8)  not null,
    status         varchar(32),
    sex            varchar(16),
    age_band       varchar(16),
    nationality    varchar(8),
    event_month    date        not null,
    previous_month date,
    units          bigint      not null
);
create index stat_distinct_total_cell on stat_distinct_total (mission, case_type, event_month);
comment on table stat_distinct_total is 'Resettlement cases and trafficking victims per cell, month and previous month in that cell (kept by triggers; distinct counts of the mission reports).';

-- One counted record value of a unit: the cell columns of its type (the others null), the month, how many records.
create type stat_distinct_entry as (
    status      varchar(32),
    sex         varchar(16),
    age_band    varchar(16),
    nationality varchar(8),
    event_month date,
    records     integer
);

create table stat_distinct_unit (
    unit      char(32)    not null,
    mission   varchar(16) not null,
    case_type varchar(8)  not null,
    entries   stat_distinct_entry[] not null,
    primary key (unit, mission, case_type)
) with (fillfactor = 80); -- room for the new version of a unit's row on its page (an update without index entries)
comment on table stat_distinct_unit is 'Each counted case or person: its records per cell value and month (kept by triggers; stat_distinct_total).';

-- Two lists of entries added up (records summed per value and month, entries at 0 left out), in a fixed order.
-- PL/pgSQL, so its query's plan is kept for the session (an SQL function called in an upsert is planned anew at
-- each call).
create function stat_distinct_merge(a stat_distinct_entry[], b stat_distinct_entry[]) returns stat_distinct_entry[]
    language plpgsql immutable set search_path from current as $$
begin
    return coalesce((select array_agg(row(e.status, e.sex, e.age_band, e.nationality, e.event_month, e.n)::stat_distinct_entry
                                      order by e.event_month, e.status, e.sex, e.age_band, e.nationality)
                       from (select x.status, x.sex, x.age_band, x.nationality, x.event_month, sum(x.records)::integer as n
                               from (select * from unnest(a) union all select * from unnest(b)) x
                              group by 1, 2, 3, 4, 5 having sum(x.records) <> 0) e), '{}');
end $$;

-- The change one record makes (sign +1: counted now, -1: no longer): its unit's entries after it (the upsert,
-- which locks the unit's row) and before it (after minus the record), each turned into its (cell, month,
-- previous month) rows, the difference inserted.
create function stat_distinct_count(r stat_record, sign integer) returns void
    language plpgsql set search_path from current as $$
declare
    resettlement boolean := r.case_type = 'RST';
    change stat_distinct_entry[];
    entries_after stat_distinct_entry[];
    entries_before stat_distinct_entry[];
begin
    change := array[row(case when resettlement then coalesce(r.status, 'UNKNOWN') end,
                        case when not resettlement then coalesce(r.sex, 'UNKNOWN') end,
                        case when not resettlement then coalesce(r.age_band, 'UNKNOWN') end,
                        case when not resettlement then coalesce(r.nationality, 'UNKNOWN') end,
                        r.event_month, sign)::stat_distinct_entry];
    insert into stat_distinct_unit as u (unit, mission, case_type, entries)
    values (case when resettlement then r.case_pseudonym else r.person_pseudonym end, r.mission, r.case_type, change)
    on conflict (unit, mission, case_type) do update set entries = stat_distinct_merge(u.entries, excluded.entries)
    returning u.entries into entries_after;
    entries_before := stat_distinct_merge(entries_after, array[row(change[1].status, change[1].sex, change[1].age_band,
                                                   change[1].nationality, change[1].event_month, -sign)::stat_distinct_entry]);
    if resettlement then
        insert into stat_distinct_total (mission, case_type, status, sex, age_band, nationality, event_month,
                                         previous_month, units)
        select r.mission, r.case_type, c.status, null, null, null, c.event_month, c.previous_month, sum(c.d)
          from (select k.d, k.status, k.event_month,
                       lag(k.event_month) over (partition by k.d, k.status order by k.event_month) as previous_month
                  from (select s.d, e.status, e.event_month
                          from (select entries_after, 1 union all select entries_before, -1) s (entries, d), unnest(s.entries) e
                         group by s.d, e.event_month, cube (e.status)) k) c
         group by c.status, c.event_month, c.previous_month having sum(c.d) <> 0;
    else
        insert into stat_distinct_total (mission, case_type, status, sex, age_band, nationality, event_month,
                                         previous_month, units)
        select r.mission, r.case_type, null, c.sex, c.age_band, c.nationality, c.event_month, c.previous_month, sum(c.d)
          from (select k.d, k.sex, k.age_band, k.nationality, k.event_month,
                       lag(k.event_month) over (partition by k.d, k.sex, k.age_band, k.nationality order by k.event_month)
                           as previous_month
                  from (select s.d, e.sex, e.age_band, e.nationality, e.event_month
                          from (select entries_after, 1 union all select entries_before, -1) s (entries, d), unnest(s.entries) e
                         group by s.d, e.event_month, cube (e.sex, e.age_band, e.nationality)) k) c
         group by c.sex, c.age_band, c.nationality, c.event_month, c.previous_month having sum(c.d) <> 0;
    end if;
end $$;

-- Which records the two reports count (their conditions in reporting.control.ReportDefinition), repeated in the
-- triggers' WHEN clauses below, which cannot call a function of ours at no cost.
create function stat_distinct_counts(r stat_record) returns boolean language sql immutable as $$
    select (r.case_type = 'RST' and r.event_type in ('REGISTRATION', 'STATUS_CHANGE'))
        or (r.case_type = 'CTA' and r.event_type = 'REGISTRATION' and r.person_pseudonym is not null)
$$;

create function stat_distinct_written() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and stat_distinct_counts(old) then
        perform stat_distinct_count(old, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') and stat_distinct_counts(new) then
        perform stat_distinct_count(new, 1);
    end if;
    return null;
end $$;

create trigger stat_distinct_insert after insert on stat_record for each row
    when ((new.case_type = 'RST' and new.event_type in ('REGISTRATION', 'STATUS_CHANGE'))
       or (new.case_type = 'CTA' and new.event_type = 'REGISTRATION' and new.person_pseudonym is not null))
    execute function stat_distinct_written();
create trigger stat_distinct_delete after delete on stat_record for each row
    when ((old.case_type = 'RST' and old.event_type in ('REGISTRATION', 'STATUS_CHANGE'))
       or (old.case_type = 'CTA' and old.event_type = 'REGISTRATION' and old.person_pseudonym is not null))
    execute function stat_distinct_written();
-- a new version of a record: only if it was or is counted and something counted changed
create trigger stat_distinct_update after update on stat_record for each row
    when (((old.case_type = 'RST' and old.event_type in ('REGISTRATION', 'STATUS_CHANGE'))
        or (old.case_type = 'CTA' and old.event_type = 'REGISTRATION' and old.person_pseudonym is not null)
        or (new.case_type = 'RST' and new.event_type in ('REGISTRATION', 'STATUS_CHANGE'))
        or (new.case_type = 'CTA' and new.event_type = 'REGISTRATION' and new.person_pseudonym is not null))
      and (old.mission, old.case_type, old.event_type, old.event_month, old.case_pseudonym, old.person_pseudonym,
           old.status, old.sex, old.age_band, old.nationality)
          is distinct from (new.mission, new.case_type, new.event_type, new.event_month, new.case_pseudonym,
           new.person_pseudonym, new.status, new.sex, new.age_band, new.nationality))
    execute function stat_distinct_written();

-- fired whatever session_replication_role says (V34)
alter table stat_record enable always trigger stat_distinct_insert;
alter table stat_record enable always trigger stat_distinct_delete;
alter table stat_record enable always trigger stat_distinct_update;

-- Compaction and rebuild, with the new tables -----------------------------------------------------------------

-- Every unit's rows in stat_distinct_total computed from stat_distinct_unit, in one statement (the rebuild's).
create function stat_distinct_rows() returns table (mission varchar, case_type varchar, status varchar, sex varchar,
        age_band varchar, nationality varchar, event_month date, previous_month date, units bigint)
    language sql stable set search_path from current as $$
    select c.mission, c.case_type, c.status, c.sex, c.age_band, c.nationality, c.event_month, c.previous_month, count(*)
      from (select k.mission, k.case_type, k.status, k.sex, k.age_band, k.nationality, k.event_month,
                   lag(k.event_month) over (partition by k.mission, k.case_type, k.unit, k.status, k.sex, k.age_band,
                                            k.nationality order by k.event_month) as previous_month
              from (select u.mission, u.case_type, u.unit, e.status, null::varchar as sex, null::varchar as age_band,
                           null::varchar as nationality, e.event_month
                      from stat_distinct_unit u, unnest(u.entries) e where u.case_type = 'RST'
                     group by u.mission, u.case_type, u.unit, e.event_month, cube (e.status)
                    union all
                    select u.mission, u.case_type, u.unit, null, e.sex, e.age_band, e.nationality, e.event_month
                      from stat_distinct_unit u, unnest(u.entries) e where u.case_type = 'CTA'
                     group by u.mission, u.case_type, u.unit, e.event_month, cube (e.sex, e.age_band, e.nationality)) k) c
     group by 1, 2, 3, 4, 5, 6, 7, 8
$$;

-- Each unit's entries computed from stat_record, in one statement (the rebuild's).
create function stat_distinct_units_rebuilt() returns void language sql set search_path from current as $$
    truncate stat_distinct_unit;
    insert into stat_distinct_unit (unit, mission, case_type, entries)
    select e.unit, e.mission, e.case_type,
           array_agg(row(e.status, e.sex, e.age_band, e.nationality, e.event_month, e.n)::stat_distinct_entry
                     order by e.event_month, e.status, e.sex, e.age_band, e.nationality)
      from (select case when r.case_type = 'RST' then r.case_pseudonym else r.person_pseudonym end as unit, r.mission,
                   r.case_type,
                   case when r.case_type = 'RST' then coalesce(r.status, 'UNKNOWN') end as status,
                   case when r.case_type = 'CTA' then coalesce(r.sex, 'UNKNOWN') end as sex,
                   case when r.case_type = 'CTA' then coalesce(r.age_band, 'UNKNOWN') end as age_band,
                   case when r.case_type = 'CTA' then coalesce(r.nationality, 'UNKNOWN') end as nationality,
                   r.event_month, count(*)::integer as n
              from stat_record r where stat_distinct_counts(r)
             group by 1, 2, 3, 4, 5, 6, 7, 8) e
     group by e.unit, e.mission, e.case_type;
    truncate stat_distinct_total;
    insert into stat_distinct_total (mission, case_type, status, sex, age_band, nationality, event_month,
                                     previous_month, units)
    select * from stat_distinct_rows();
$$;

create or replace function compact_report_totals() returns boolean language plpgsql set search_path from current as $$
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
    if exists (select 1 from stat_distinct_total group by mission, case_type, status, sex, age_band, nationality,
                      event_month, previous_month having count(*) > 1 or sum(units) = 0) then
    with gone as (delete from stat_distinct_total returning *)
    insert into stat_distinct_total (mission, case_type, status, sex, age_band, nationality, event_month,
                                     previous_month, units)
    select mission, case_type, status, sex, age_band, nationality, event_month, previous_month, sum(units)
      from gone group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(units) <> 0;
    end if;
    -- units with no record left (deleted cases, tombstones); a writer holding one keeps it (its entries are rechecked)
    delete from stat_distinct_unit where entries = '{}';
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

create or replace function rebuild_report_totals() returns void language plpgsql set search_path from current as $$
begin
    lock table stat_record, case_file, case_status_change in share mode;
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
end $$;

-- the records already there
lock table stat_record in share mode;
select stat_distinct_units_rebuilt();
