-- caseload-overdue joins workflow_expected_days (16 rows) to case_status_now: never analysed, the planner took it
-- for 260 rows and scanned every case instead of one index range of case_status_now_waiting per type and status
-- (docs/benchmarks.md, issue 14). Analysed now, and again after any change (the default waits for 50 changed rows,
-- which such a table may never reach).
alter table workflow_expected_days set (autovacuum_analyze_threshold = 1, autovacuum_analyze_scale_factor = 0);
analyze workflow_expected_days;
