-- The kinds of work an O*NET task is made of: how many of its detailed work activities (DWAs) are
-- hands-on, information work, work with people, or observing; for an occupation, its tasks' DWAs
-- pooled. All 0 where O*NET links no DWA, and for a library loaded before this migration until
-- a release is loaded again.
alter table onet_task add column activities_hands_on smallint default 0 not null;
alter table onet_task add column activities_information smallint default 0 not null;
alter table onet_task add column activities_people smallint default 0 not null;
alter table onet_task add column activities_observing smallint default 0 not null;
alter table onet_occupation add column activities_hands_on smallint default 0 not null;
alter table onet_occupation add column activities_information smallint default 0 not null;
alter table onet_occupation add column activities_people smallint default 0 not null;
alter table onet_occupation add column activities_observing smallint default 0 not null;
