-- Issue 16: bulk import of cases from CSV and XLSX (org.camino.imports).
-- Who imports: the roles that register cases (caseworkers, health practitioners,
-- counter-trafficking officers), in their mission; an import of a case type also
-- needs case:create on that type there, exactly as a registration does. Mission
-- managers register no case, so they import none either.
insert into role_permission (role_code, permission) values
 ('CASEWORKER',          'case:import:{mission}'),
 ('HEALTH_PRACTITIONER', 'case:import:{mission}'),
 ('CT_OFFICER',          'case:import:{mission}');

-- An accepted import, and (import_content) the checked file, kept encrypted until every row is a case. The same
-- file (SHA-256 of its bytes) is imported once per mission. Rows become cases in chunks, each chunk in
-- one transaction with its rows' imported_row entries, so a run resumed after a crash skips exactly the rows
-- already committed. heartbeat_at: the runner's last sign of life; a run silent for long is resumed.
create sequence import_file_seq;
create table import_file (
    id            bigint       primary key default nextval('import_file_seq'),
    uuid          uuid         not null unique,
    mission_id    bigint       not null references mission(id),
    case_type     varchar(8)   not null,
    file_name     text         not null,
    sha256        varchar(64)  not null,
    skipped_rows  text         not null default '',
    status        varchar(16)  not null check (status in ('IMPORTING', 'DONE')),
    rows_total    integer      not null,
    rows_done     integer      not null default 0,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    heartbeat_at  timestamptz  not null default now(),
    finished_at   timestamptz,
    unique (mission_id, sha256)
);
create index import_file_status on import_file (status, heartbeat_at);

-- the checked file (base64, encrypted) while its import runs; deleted when it is done
create table import_content (
    file_id  bigint primary key references import_file(id),
    uuid     uuid   not null unique,
    content  text   not null
);

create table imported_row (
    file_id  bigint  not null references import_file(id),
    row_no   integer not null,
    case_id  bigint  not null references case_file(id),
    primary key (file_id, row_no)
);
