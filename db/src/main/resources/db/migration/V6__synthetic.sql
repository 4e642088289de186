-- Synthetic data (org.camino.synthetic): administrators may generate
-- synthetic cases for demos and benchmarks. The service refuses it unless
-- demo mode is on, so production never gets invented people even though the
-- permission exists there too.
insert into role_permission (role_code, permission) values ('ADMINISTRATOR', 'synthetic:generate');

-- Bulk creation (synthetic data, imports): the tables a registration writes
-- hand out ids 1000 at a time instead of 50, so that creating thousands of
-- cases costs a few sequence round trips per chunk. The entities' allocationSize
-- says the same (Hibernate's pooled optimizer: the value returned is the top
-- of the block, so the blocks after this change cannot overlap earlier ones).
alter sequence person_seq increment by 1000;
alter sequence household_seq increment by 1000;
alter sequence household_member_seq increment by 1000;
alter sequence case_file_seq increment by 1000;
alter sequence case_status_change_seq increment by 1000;
alter sequence movement_seq increment by 1000;
