-- Synthetic data (org.camino.synthetic): administrators may generate
-- synthetic cases for demos and benchmarks. The service refuses it unless
-- demo mode is on, so production never gets invented people even though the
-- permission exists there too.
insert into role_permission (role_code, permission) values ('ADMINISTRATOR', 'synthetic:generate');
