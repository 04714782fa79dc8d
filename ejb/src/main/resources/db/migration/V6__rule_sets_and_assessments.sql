-- Rule sets (weights and thresholds as data, versioned) and immutable assessment runs.

create table rule_set (
  version                        integer       not null primary key,
  row_version                    bigint        not null,
  status                         varchar(10)   not null,
  learning_need_threshold        numeric(5,2)  not null,
  automation_readiness_threshold numeric(5,2)  not null,
  estimate_credit                numeric(3,2)  not null,
  note                           varchar(1000),
  created_at                     timestamp(6) with time zone not null,
  created_by                     varchar(100)  not null,
  published_at                   timestamp(6) with time zone,
  published_by                   varchar(100),
  constraint rule_set_status_check check (status in ('DRAFT', 'PUBLISHED'))
);

create table rule_weight (
  rule_set_version integer      not null,
  rule_id          varchar(40)  not null,
  weight           numeric(6,2) not null,
  constraint rule_weight_pk primary key (rule_set_version, rule_id),
  constraint rule_weight_rule_set_fk foreign key (rule_set_version) references rule_set (version)
);

-- Version 1 as RuleSet.version1() defines it; RuleSetSeedTest checks the two agree.
insert into rule_set (version, row_version, status, learning_need_threshold, automation_readiness_threshold,
    estimate_credit, note, created_at, created_by, published_at, published_by)
  values (1, 0, 'PUBLISHED', 50, 60, 0.5, 'Version 1, as written up in docs/method.md.',
    timestamp with time zone '2026-11-25 00:00:00+00:00', 'tacit', timestamp with time zone '2026-11-25 00:00:00+00:00', 'tacit');
insert into rule_weight (rule_set_version, rule_id, weight) values
  (1, 'LEARN-TACIT', 3), (1, 'LEARN-NOVELTY', 2), (1, 'LEARN-FEEDBACK', 2), (1, 'LEARN-PROFICIENCY', 3),
  (1, 'LEARN-SPREAD', 1), (1, 'LEARN-TRUST', 2), (1, 'AUTO-DIGITAL', 3), (1, 'AUTO-VERIFY', 3),
  (1, 'AUTO-DOCUMENTED', 2), (1, 'AUTO-REPETITION', 1), (1, 'AUTO-LENGTH', 2), (1, 'AUTO-PHYSICAL', 3),
  (1, 'AUTO-ERROR-COST', 2);

create sequence assessment_run_seq start with 1 increment by 1;

create table assessment_run (
  id               bigint        not null primary key,
  rule_set_version integer       not null,
  scope_kind       varchar(12)   not null,
  scope_key        varchar(64),
  scope_label      varchar(300)  not null,
  status           varchar(10)   not null,
  started_at       timestamp(6) with time zone not null,
  started_by       varchar(100)  not null,
  finished_at      timestamp(6) with time zone,
  task_count       integer       not null default 0,
  problem          varchar(1000),
  constraint assessment_run_rule_set_fk foreign key (rule_set_version) references rule_set (version),
  constraint assessment_run_status_check check (status in ('RUNNING', 'DONE', 'FAILED'))
);

-- One row per task of a run: the inputs as they were (so later edits change nothing here) and the
-- result. No foreign key to task or role: a run outlives the tasks it assessed.
create table assessed_task (
  run_id               bigint         not null,
  task_id              bigint         not null,
  department_id        bigint         not null,
  department_code      varchar(64)    not null,
  department_name      varchar(200)   not null,
  role_id              bigint         not null,
  role_title           varchar(200)   not null,
  onet_soc             varchar(10),
  headcount_fte        numeric(9,2),
  annual_cost_per_fte  numeric(14,2),
  statement            varchar(2000)  not null,
  time_share_pct       numeric(5,2),
  tacit_context        smallint,
  novelty              smallint,
  feedback_delay       smallint,
  time_to_proficiency  smallint,
  performance_spread   smallint,
  relationship_trust   smallint,
  digital_io           smallint,
  verifiability        smallint,
  documented_procedure smallint,
  repetition           smallint,
  task_length_hours    numeric(7,2),
  physical_presence    smallint,
  error_cost           smallint,
  estimated_facts      integer        not null,
  learning_need        numeric(5,2),
  automation_readiness numeric(5,2),
  task_class           varchar(16)    not null,
  confidence           numeric(3,2)   not null,
  contributions        varchar(400)   not null,
  constraint assessed_task_pk primary key (run_id, task_id),
  constraint assessed_task_run_fk foreign key (run_id) references assessment_run (id)
);
create index assessed_task_department_idx on assessed_task (run_id, department_code);
