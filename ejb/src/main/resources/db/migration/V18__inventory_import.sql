-- An inventory import belongs to the cluster, not to the server that runs it (issue 16): its row is
-- written RUNNING before the import's one transaction starts, its server writes a heartbeat and how
-- far it has got every two seconds, and it ends DONE in the import's own transaction, or FAILED.
-- A row whose heartbeat went quiet is failed by any server; its version then changes, so that the
-- server that died with it cannot still mark it done. Nothing refers to it, and it to nothing: it
-- outlives the departments it touched.
create sequence inventory_import_seq start with 1 increment by 1;

create table inventory_import (
  id               bigint        not null primary key,
  row_version      bigint        default 0 not null,
  started_by       varchar(100)  not null,
  file_name        varchar(255)  not null,
  departments      varchar(2000),
  state            varchar(10)   not null,
  phase            varchar(10)   not null,
  rows_done        integer       default 0 not null,
  rows_total       integer       default -1 not null,
  heartbeat_at     timestamp(6) with time zone not null,
  server           varchar(100)  not null,
  started_at       timestamp(6) with time zone not null,
  finished_at      timestamp(6) with time zone,
  tasks_imported   integer       default 0 not null,
  reason_key       varchar(100),
  reason_arguments varchar(1000),
  constraint inventory_import_state_check check (state in ('RUNNING', 'DONE', 'FAILED')),
  constraint inventory_import_phase_check check (phase in ('READING', 'WRITING'))
);

-- a person's recent imports on the import page, and the watch's look for quiet ones
create index inventory_import_started_by on inventory_import (started_by, started_at);
create index inventory_import_state on inventory_import (state, heartbeat_at);
