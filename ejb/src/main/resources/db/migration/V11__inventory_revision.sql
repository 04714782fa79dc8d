-- One number that every transaction changing the inventory raises once (issue 15). The reports'
-- figures are kept per revision: each server reads this number on every request to know whether
-- the figures it keeps are still current, so an edit on any server makes every server's figures
-- current again, with no message between the servers.
create table inventory_revision (
  id integer primary key,
  revision bigint not null
);

insert into inventory_revision (id, revision) values (1, 0);
