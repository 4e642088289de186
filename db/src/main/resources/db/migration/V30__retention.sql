-- Retention and consent withdrawal (issue 17). The personal data of a closed
-- case is kept for the retention period of its case type, counted from the
-- closure date; then the purge deletes it (every encrypted value and blind
-- index of the case, in the live tables and in their Envers history). The
-- case row stays as a tombstone: number, type, mission, status and dates,
-- so that reports and the access log still add up. Statistical records stay
-- (pseudonymised), except after a consent withdrawal, whose CDR tombstone
-- removes them.

-- Days a closed case keeps its personal data, per case type. Administrators
-- change them (like workflow_expected_days); the defaults are a placeholder of
-- 10 years for the organisation's data-protection officer to set.
create table retention_period (
    case_type       varchar(3)  primary key check (case_type in ('RST', 'AVR', 'MHA', 'CTA')),
    retention_days  integer     not null check (retention_days between 1 and 36500),
    version         integer     not null default 0,
    changed_by      varchar(64),
    changed_at      timestamptz
);
comment on table retention_period is 'Days after closure that a case keeps its personal data (retention purge).';
insert into retention_period (case_type, retention_days) values
    ('RST', 3650), ('AVR', 3650), ('MHA', 3650), ('CTA', 3650);

-- One row per purged case, written in the transaction that deleted its data:
-- a case is purged whole or not at all, and never twice.
create table case_purge (
    case_id            bigint      primary key references case_file(id),
    reason             varchar(24) not null check (reason in ('RETENTION', 'CONSENT_WITHDRAWN')),
    withdrawal_reason  varchar(32),
    purged_at          timestamptz not null,
    purged_by          varchar(64) not null,
    check ((reason = 'CONSENT_WITHDRAWN') = (withdrawal_reason is not null))
);

-- The purge looks for closed cases only.
create index case_file_closed_on on case_file (closed_on) where closed_on is not null;

-- The purge finds a case's rows in the Envers history by case (or person, or
-- household): without these, each purged case would scan every history table.
create index person_aud_id on person_aud (id);
create index household_member_aud_household on household_member_aud (household_id);
create index case_note_aud_case on case_note_aud (case_id);
create index case_document_aud_case on case_document_aud (case_id);
create index movement_aud_case on movement_aud (case_id);
create index monitoring_visit_aud_case on monitoring_visit_aud (case_id);
create index health_assessment_aud_case on health_assessment_aud (case_id);
create index trafficking_details_aud_case on trafficking_details_aud (case_id);
create index trafficking_event_aud_case on trafficking_event_aud (case_id);
create index trafficking_referral_aud_case on trafficking_referral_aud (case_id);

-- One purge run at a time across servers (claimed like cdr_push_state).
create table retention_purge_state (
    id             integer     primary key check (id = 1),
    claimed_until  timestamptz,
    last_run_at    timestamptz,
    last_purged    integer     not null default 0
);
insert into retention_purge_state (id) values (1);

-- A purged value is null: the columns that held a required ciphertext accept it.
alter table person alter column given_name drop not null;
alter table case_note alter column text drop not null;
alter table case_document alter column title drop not null;

-- admin:retention: retention periods and "purge now". case:erase: a consent
-- withdrawal (personal data deleted, statistical records withdrawn from the
-- CDR), by whoever closes the cases of that area in the mission.
insert into role_permission (role_code, permission) values
 ('ADMINISTRATOR',   'admin:retention'),
 ('MISSION_MANAGER', 'case:erase:resettlement,avrr,health:{mission}'),
 ('CT_OFFICER',      'case:erase:trafficking:{mission}');
