-- A time share derived by Tacit (from O*NET frequency and importance, or equal shares) rather than
-- given by HR; shown and exported as an estimate until someone confirms it.
alter table task add column time_share_estimated boolean default false not null;
