-- The statistical reports filter a mission's records of one case type and event
-- type over a span of months, then on the programme code (a return is a
-- movement DEPARTED or ARRIVED). With the programme code in the aggregate index
-- PostgreSQL answers the count from the index alone instead of reading every
-- page of the table: avrr-returns over a mission of 1M cases, 4.4-6.9 s -> 0.88 s
-- (bench/reports, docs/benchmarks.md). The index replaces the narrower one, so a
-- write still maintains one aggregate index per store.
drop index stat_record_aggregate;
create index stat_record_aggregate on stat_record (mission, case_type, event_type, event_month) include (programme_code);

drop index cdr_record_aggregate;
create index cdr_record_aggregate on cdr_record (mission, case_type, event_type, event_month) include (programme_code);
