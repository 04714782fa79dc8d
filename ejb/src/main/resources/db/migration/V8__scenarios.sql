-- The organisation's scenarios: each assumption's value (defaults and sources live in the code,
-- org.tacit.domain.scenario.Scenarios, so a scenario shows them beside its own values).
create sequence scenario_seq start with 1 increment by 1;

create table scenario (
  id                        bigint        not null primary key,
  row_version               bigint        not null,
  name                      varchar(100)  not null,
  horizon_hours             numeric(12,4) not null,
  horizon_measured          varchar(7)    not null,
  doubling_months           numeric(6,2)  not null,
  reliable_horizon_share    numeric(4,3)  not null,
  half_horizon_up_to        smallint      not null,
  reliable_horizon_from     smallint      not null,
  continual_learning_year   integer,
  capture_of_fragments      numeric(4,3)  not null,
  adoption_years            smallint      not null,
  first_year                integer       not null,
  last_year                 integer       not null,
  changed_at                timestamp(6) with time zone not null,
  changed_by                varchar(100)  not null,
  constraint scenario_name_unique unique (name)
);
