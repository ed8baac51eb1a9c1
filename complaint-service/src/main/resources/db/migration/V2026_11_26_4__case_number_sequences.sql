-- Case numbers now come from one sequence per kind and year (case_no_ts_2026, ...), created when the year is first
-- used, so concurrent intakes never wait on a counter row.
drop table case_counter;
