-- Blind-index lookups filtered by the caller's missions.
-- A common name matches persons in every mission; a caseworker may read only
-- a few missions. With the mission in the index, a search reads only the
-- namesakes it may show instead of all of them (person.mission_id is always
-- the mission of the person's cases). Each composite index replaces the
-- single-column one (same leading column), so writes do not get dearer.
-- The person's id is included so that a search reads only the index, not the
-- wide (encrypted) person rows; likewise household_member's household.
-- Document and phone are often unknown: their indexes leave out the persons
-- without one (a search "= value" never matches null anyway), which saves
-- an index entry per such person at every registration.
create index person_name_mission on person (name_index, mission_id) include (id);
drop index person_name_index;
create index person_family_name_mission on person (family_name_index, mission_id) include (id);
drop index person_family_name_index;
create index person_document_mission on person (document_index, mission_id) include (id) where document_index is not null;
drop index person_document_index;
create index person_phone_mission on person (phone_index, mission_id) include (id) where phone_index is not null;
drop index person_phone_index;
create index person_duplicate_key_mission on person (duplicate_key, mission_id);
drop index person_duplicate_key;
create index household_member_person_household on household_member (person_id) include (household_id);
drop index household_member_person;
-- ...and case_file's columns a search result shows, so that the search reads
-- no table at all, only indexes (a cold search of a common name touched about
-- four random pages per namesake; now about two).
create index case_file_household_row on case_file (household_id)
    include (case_type, mission_id, opened_on, number, status, pending_status, principal_id);
drop index case_file_household;
