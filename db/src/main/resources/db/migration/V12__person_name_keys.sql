-- Search by any name word and by spelling variants (issue 12).
-- person.name_keys: the person's word keys (org.camino.crypto.BlindIndex.ofNameWords),
-- 16 hex characters each, separated by spaces; keyed HMACs, never a name. Not in
-- person_aud: the history keeps the full-name indexes only.
-- Existing persons get their keys from the key-rotation job (docs/key-rotation.md),
-- which recomputes every blind index of every person; until then they are found
-- by their full and family names, as before.
alter table person add column name_keys text;

-- One row per key and person, with the person's mission, so that a search reads
-- this index alone (no wide person row) and only the missions it may show.
-- Kept by the trigger below from person.name_keys: whatever writes a person
-- (the services, the rotation job) keeps it in step without knowing it exists.
create table person_name_key (
    key        bigint not null,
    mission_id bigint not null,
    person_id  bigint not null,
    primary key (key, mission_id, person_id)
);
create index person_name_key_person on person_name_key (person_id);

-- "set search_path from current": the function finds person_name_key whatever the
-- search path of the session that writes a person (an operator's psql, a repair script).
create function person_name_keys_sync() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op <> 'INSERT' then
        delete from person_name_key where person_id = old.id;
    end if;
    if tg_op <> 'DELETE' and new.name_keys is not null and new.name_keys <> '' then
        insert into person_name_key (key, mission_id, person_id)
        select distinct ('x' || k)::bit(64)::bigint, new.mission_id, new.id
          from unnest(string_to_array(new.name_keys, ' ')) k;
    end if;
    return null;
end $$;

create trigger person_name_keys_insert after insert on person
    for each row when (new.name_keys is not null) execute function person_name_keys_sync();
create trigger person_name_keys_update after update of name_keys, mission_id on person
    for each row when (old.name_keys is distinct from new.name_keys or old.mission_id <> new.mission_id)
    execute function person_name_keys_sync();
create trigger person_name_keys_delete after delete on person
    for each row execute function person_name_keys_sync();
