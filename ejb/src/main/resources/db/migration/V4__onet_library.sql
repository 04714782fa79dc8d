-- The O*NET occupation library: one release at a time, replaced whole when an admin loads another.
-- Roles link to occupations by code (job_role.onet_soc), not by key, so a new release breaks no role.
create sequence onet_release_seq start with 1 increment by 1;
create sequence onet_occupation_seq start with 1 increment by 50;
create sequence onet_task_seq start with 1 increment by 500;

create table onet_release (
  id          bigint                      not null primary key,
  name        varchar(100)                not null,
  attribution varchar(1000)               not null,
  loaded_at   timestamp(6) with time zone not null,
  loaded_by   varchar(100)                not null
);

create table onet_occupation (
  id                   bigint        not null primary key,
  code                 varchar(10)   not null,
  title                varchar(200)  not null,
  description          varchar(2000),
  job_zone             smallint,
  ojt_category         smallint,
  context_automation   numeric(3,2),
  context_exactness    numeric(3,2),
  context_repeating    numeric(3,2),
  context_unstructured numeric(3,2),
  active_learning      smallint,
  constraint onet_occupation_code_unique unique (code)
);

create table onet_task (
  id            bigint         not null primary key,
  occupation_id bigint         not null,
  onet_task_id  bigint         not null,
  statement     varchar(1000)  not null,
  task_type     varchar(12),
  per_workday   numeric(12,6),
  importance    numeric(3,2),
  constraint onet_task_occupation_fk foreign key (occupation_id) references onet_occupation (id)
);
create index onet_task_occupation_idx on onet_task (occupation_id);
