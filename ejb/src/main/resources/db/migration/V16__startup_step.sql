-- The start-up loaders (the O*NET starter library, the demo organisation) load into an empty
-- database once, however many servers start at once (issue 16): each holds its step's row locked
-- while it checks whether there is anything to load and loads it, so a second server waits and then
-- finds it loaded.
create table startup_step (
  name varchar(40) not null primary key
);
insert into startup_step (name) values ('starter-library');
insert into startup_step (name) values ('demo-organisation');
