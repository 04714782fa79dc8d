-- Roles of a department and their tasks, with the rubric's answers as one column per fact.
create sequence job_role_seq start with 1 increment by 50;
create sequence task_seq start with 1 increment by 500;

create table job_role (
  id                  bigint        not null primary key,
  version             bigint        not null,
  department_id       bigint        not null,
  code                varchar(64),
  title               varchar(200)  not null,
  headcount_fte       numeric(9,2),
  annual_cost_per_fte numeric(14,2),
  onet_soc            varchar(10),
  constraint job_role_department_fk foreign key (department_id) references department (id)
);
create index job_role_department_idx on job_role (department_id);

create table task (
  id                   bigint         not null primary key,
  version              bigint         not null,
  role_id              bigint         not null,
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
  estimated_facts      integer        not null default 0,
  constraint task_role_fk foreign key (role_id) references job_role (id)
);
create index task_role_idx on task (role_id);
