-- Mission managers export their mission's case list (CSV, XLSX). The export
-- holds only the cases the exporter may also read (counter-trafficking cases
-- need case:read:trafficking, which managers do not hold), so the permission
-- says where, not what: case:export:<mission>. Checked by cases.boundary.CaseListExport.
insert into role_permission (role_code, permission) values
 ('MISSION_MANAGER', 'case:export:{mission}');
