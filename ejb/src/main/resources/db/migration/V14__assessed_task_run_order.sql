-- A run's page opens on its own order (department, role, task): without an index for it, every page
-- of a 100,000-task run sorted the whole run first (on H2 through a temporary result on disk; the
-- load run's thread dumps had two in five request samples there). This index gives that order, and
-- a department's share of it, straight from the index. It begins with the columns of
-- assessed_task_department_idx, which it replaces.
create index assessed_task_order_idx on assessed_task (run_id, department_code, role_title, role_id, task_id);
drop index assessed_task_department_idx;
