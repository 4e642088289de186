-- Mission reports, mission side: the current version of every statistical
-- record this node has announced (the ones it sends to the central data
-- repository), kept by repository.control.Outbox in the transaction that
-- writes the outbox row. Mission reports count these rows and HQ counts
-- cdr_record with the same SQL, so a mission's figure and HQ's figure for that
-- mission are equal once the outbox has been sent.
--
-- The columns of cdr_record; one row per record id (a higher version
-- replaces a lower one); a tombstone removes every row of its case and keeps
-- them out (stat_tombstone). Not partitioned: it holds one node's records.

-- the columns of HQ's store by construction, so that one SQL text counts both
create table stat_record (
    like cdr_record including defaults,
    primary key (record_id)
);
comment on table stat_record is 'The mission''s statistical records (current version of each), as sent to HQ: pseudonyms and codes only.';
create index stat_record_aggregate on stat_record (mission, case_type, event_type, event_month);
create index stat_record_case on stat_record (case_pseudonym);

create table stat_tombstone (
    case_pseudonym char(32)     primary key,
    mission        varchar(16)  not null,
    version        bigint       not null
);

-- Backfill from the outbox: the latest version of each record (the outbox
-- sequence is the version), unless its case has a tombstone.
insert into stat_tombstone (case_pseudonym, mission, version)
select distinct on (p ->> 'casePseudonym') p ->> 'casePseudonym', o.mission, o.seq
  from cdr_outbox o, lateral (select o.payload::jsonb as p) j
 where (p ->> 'tombstone')::boolean
 order by p ->> 'casePseudonym', o.seq;

insert into stat_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,
                         person_pseudonym, sex, age_band, nationality, origin_country, destination_country, status,
                         reason, programme_code, household_size_band)
select o.record_id, o.seq, o.mission, p ->> 'caseType', p ->> 'eventType', to_date(p ->> 'eventMonth', 'YYYY-MM'),
       p ->> 'casePseudonym', p ->> 'personPseudonym', p ->> 'sex', p ->> 'ageBand', p ->> 'nationality',
       p ->> 'originCountry', p ->> 'destinationCountry', p ->> 'status', p ->> 'reason', p ->> 'programmeCode',
       p ->> 'householdSizeBand'
  from (select distinct on (record_id) record_id, seq, mission, payload::jsonb as p
          from cdr_outbox order by record_id, seq desc) o
 where not (p ->> 'tombstone')::boolean
   and not exists (select 1 from stat_tombstone t where t.case_pseudonym = p ->> 'casePseudonym');

-- Counter-trafficking officers run the reports of their mission (the
-- counter-trafficking reports are shown only to holders of the CT permission).
insert into role_permission (role_code, permission) values
 ('CT_OFFICER', 'report:run:{mission}');
