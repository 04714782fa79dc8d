-- Departments own roles; their codes are the names of Keycloak groups (/departments/FIN).
create sequence department_seq start with 1 increment by 50;

create table department (
  id        bigint       not null primary key,
  version   bigint       not null,
  code      varchar(32)  not null,
  name      varchar(200) not null,
  parent_id bigint,
  constraint department_code_unique unique (code),
  constraint department_parent_fk foreign key (parent_id) references department (id)
);
