-- A run's table pages through up to 100,000 tasks sorted by a column the reader picks: with these
-- indexes the first page of each order is read from the index instead of sorting the whole run.
-- Each matches AssessedTaskRows.Order (a missing score first, the task's id last), read forwards
-- or backwards. The statement has none: up to 2,000 characters exceed what a PostgreSQL index
-- entry may hold, and sorting the run by it costs about a tenth of a second.
create index assessed_task_learning_idx on assessed_task (run_id, learning_need nulls first, task_id);
create index assessed_task_readiness_idx on assessed_task (run_id, automation_readiness nulls first, task_id);
create index assessed_task_role_idx on assessed_task (run_id, role_title, role_id, task_id);
create index assessed_task_class_idx on assessed_task (run_id, task_class, task_id);
create index assessed_task_confidence_idx on assessed_task (run_id, confidence, task_id);
