-- Indexes for the caseworker dashboard (Cases.mine, Cases.recentlyChanged):
-- with a million cases these lookups must not scan case_file.
-- Numbered 5.1 so that it does not take a version another branch may claim.

-- "assigned to me", open cases only
create index case_file_assigned_open on case_file (assigned_to) where closed_on is null;
-- "registered by me": the first status change of a case is its registration
create index case_status_change_registered_by on case_status_change (changed_by, case_id) where from_status is null;
-- "recent activity"
create index case_file_updated on case_file (updated_at desc, id desc);
