-- How long a case is expected to stay in each open workflow status before its
-- next step. The caseload report "cases past their expected next step" counts
-- the open cases whose current status has lasted longer. The defaults follow
-- usual programme timelines; a mission's managers agree them with HQ and an
-- administrator changes them here (no personal data, coded values only).
create table workflow_expected_days (
    case_type     varchar(8)  not null,
    status        varchar(32) not null,
    expected_days integer     not null check (expected_days between 1 and 3650),
    version       integer     not null default 0,
    changed_by    varchar(64),
    changed_at    timestamptz,
    primary key (case_type, status)
);
comment on table workflow_expected_days is 'Days a case is expected to stay in each open workflow status (caseload: overdue cases).';

insert into workflow_expected_days (case_type, status, expected_days) values
    -- resettlement: referral to interview, processing (security, health, visa), travel arrangements, arrival
    ('RST', 'OPEN', 30), ('RST', 'IN_PROCESSING', 180), ('RST', 'APPROVED_FOR_TRAVEL', 60), ('RST', 'DEPARTED', 3),
    ('RST', 'ARRIVED', 30),
    -- AVRR: eligibility check, return planning, reintegration plan after arrival, 12 months of reintegration
    ('AVR', 'OPEN', 14), ('AVR', 'ELIGIBLE', 30), ('AVR', 'RETURN_PLANNED', 45), ('AVR', 'RETURNED', 30),
    ('AVR', 'REINTEGRATION', 365),
    -- migration health: assessment, clearance, treatment before a deferred case is assessed again
    ('MHA', 'OPEN', 14), ('MHA', 'ASSESSED', 14), ('MHA', 'DEFERRED', 90), ('MHA', 'CLEARED', 180),
    -- counter-trafficking: active assistance reviewed each quarter, follow-up each half-year
    ('CTA', 'ACTIVE', 90), ('CTA', 'FOLLOW_UP', 180);
