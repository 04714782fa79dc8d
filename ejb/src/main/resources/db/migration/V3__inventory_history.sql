-- The history of every change to roles and tasks; rows are written once and never updated.
create sequence inventory_change_seq start with 1 increment by 500;

create table inventory_change (
  id              bigint                   not null primary key,
  changed_at      timestamp(6) with time zone not null,
  actor           varchar(100)             not null,
  department_code varchar(32)              not null,
  role_id         bigint                   not null,
  role_title      varchar(200)             not null,
  action          varchar(10)              not null,
  subject         varchar(4000)            not null,
  before_text     varchar(4000),
  after_text      varchar(4000)
);
create index inventory_change_role_idx on inventory_change (role_id, changed_at);
