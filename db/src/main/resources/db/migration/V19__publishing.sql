-- Anonymised statistics (org.camino.publishing): releases of disclosure-
-- controlled tables drawn from the central data repository. An HQ analyst
-- drafts a release (built in the background: counts, protection, audit); an
-- HQ publisher who is not the drafter reviews it with its audit report and
-- publishes it. A published release never changes: the triggers below refuse
-- any update or delete of it and of its tables; a correction is a new version
-- of the same series, audited together with the versions already out.

create sequence publication_release_seq start with 1 increment by 1;
create table publication_release (
    id              bigint        primary key default nextval('publication_release_seq'),
    series          varchar(64)   not null check (series ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    version         int           not null check (version >= 1),
    title           varchar(200)  not null check (btrim(title) <> ''),
    methodology     text          not null check (btrim(methodology) <> ''),
    period_from     date          not null,
    period_to       date          not null check (period_to >= period_from),
    -- the missions counted; empty: every mission HQ holds
    missions        varchar(16)[] not null default '{}',
    -- the table definitions asked for and whether a counter-trafficking extract is (JSON), kept so that a
    -- crashed build starts again from them
    request         jsonb         not null,
    status          varchar(16)   not null check (status in ('BUILDING', 'DRAFT', 'FAILED', 'PUBLISHED', 'REJECTED', 'DISCARDED')),
    -- the published release this version corrects (same series, lower version)
    corrects_id     bigint        references publication_release(id),
    drafted_by      varchar(64)   not null,
    drafted_at      timestamptz   not null default now(),
    build_step      varchar(32),
    -- the builder's lease: refreshed with every progress step; a build whose lease is older than two
    -- minutes was interrupted (crash, stop) and is started again by any server (ReleaseBuilds)
    build_heartbeat timestamptz,
    build_done      bigint        not null default 0,
    build_total     bigint        not null default 0,
    built_at        timestamptz,
    build_error     varchar(2000),
    records_counted bigint,
    audit_passed    boolean,
    audit           jsonb,
    reviewed_by     varchar(64),
    reviewed_at     timestamptz,
    review_note     varchar(2000),
    published_at    timestamptz,
    row_version     bigint        not null default 0,
    unique (series, version),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check (status <> 'PUBLISHED' or (audit_passed and reviewed_by is not null and reviewed_by <> drafted_by))
);
create index publication_release_published on publication_release (published_at desc) where status = 'PUBLISHED';
create index publication_release_building on publication_release (id) where status = 'BUILDING';

-- One table of a release: its definition and its cells. cells holds every
-- cell that is not a plain zero: codes (with _T for totals), the true count
-- (HQ only; never served as open data), the published count (null when
-- suppressed) and the status F (free), A (primary suppression) or D
-- (secondary suppression).
create table publication_table (
    release_id   bigint        not null references publication_release(id),
    position     int           not null,
    table_id     varchar(64)   not null,
    definition   jsonb         not null,
    cells        jsonb         not null,
    primary key (release_id, position),
    unique (release_id, table_id)
);

-- The counter-trafficking microdata extract of a release, if one was asked
-- for: one row per victim in the HTCDS/CTDC shape, generalised and suppressed
-- until every combination of released variables occurs at least 11 times with
-- at least 2 distinct values of each sensitive attribute
-- (publishing.control.CtMicrodataExtract), as CSV and as JSON with its report
-- of the information lost.
create table publication_extract (
    release_id   bigint        primary key references publication_release(id),
    csv          text          not null,
    json         jsonb         not null,
    released     int           not null,
    suppressed   int           not null
);

create function publication_published_is_immutable() returns trigger language plpgsql as $$
declare
    touched bigint[];
begin
    if tg_op = 'TRUNCATE' then
        raise exception 'published releases cannot be removed' using errcode = 'P0001';
    end if;
    if tg_table_name = 'publication_release' then
        if old.status = 'PUBLISHED' then
            raise exception 'release % version % is published and cannot change', old.series, old.version
                using errcode = 'P0001';
        end if;
    else
        touched := case tg_op when 'INSERT' then array[new.release_id]
                              when 'DELETE' then array[old.release_id]
                              else array[old.release_id, new.release_id] end;
        if exists (select 1 from publication_release r where r.id = any (touched) and r.status = 'PUBLISHED') then
            raise exception 'the tables of a published release cannot change' using errcode = 'P0001';
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger publication_release_immutable before update or delete on publication_release
    for each row execute function publication_published_is_immutable();
create trigger publication_table_immutable before insert or update or delete on publication_table
    for each row execute function publication_published_is_immutable();
create trigger publication_extract_immutable before insert or update or delete on publication_extract
    for each row execute function publication_published_is_immutable();
create trigger publication_extract_no_truncate before truncate on publication_extract
    for each statement execute function publication_published_is_immutable();
create trigger publication_release_no_truncate before truncate on publication_release
    for each statement execute function publication_published_is_immutable();
create trigger publication_table_no_truncate before truncate on publication_table
    for each statement execute function publication_published_is_immutable();
