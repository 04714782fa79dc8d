-- A run belongs to the cluster, not to the server that started it (issue 16): its row carries a
-- version (so that a server whose run was given up cannot still mark it done), the last sign of life
-- of the server working on it, and how far it has got (so that every server shows its progress).
alter table assessment_run add column row_version bigint default 0 not null;
alter table assessment_run add column heartbeat_at timestamp(6) with time zone;
alter table assessment_run add column tasks_done integer default 0 not null;
alter table assessment_run add column tasks_total integer default 0 not null;
update assessment_run set heartbeat_at = coalesce(finished_at, started_at);
update assessment_run set tasks_done = task_count, tasks_total = task_count where status <> 'RUNNING';
alter table assessment_run alter column heartbeat_at set not null;
