-- The measured AI task horizons the scenario's horizon defaults are fitted to: the month the
-- measured capability existed (the model's release, as METR date their points), the 50 % and
-- 80 % horizons in hours, and the source with its date. The shipped points are METR's Time
-- Horizon 1.1 frontier models, as org.tacit.domain.scenario.MeasuredHorizons lists them (a unit
-- test keeps the two equal); METR publish minutes, hence the division. Administrators add later
-- measurements; shipped points cannot be removed.
create sequence horizon_point_seq start with 1001 increment by 1;

create table horizon_point (
  id                     bigint           not null primary key,
  measured               varchar(7)       not null,
  model                  varchar(100)     not null,
  fifty_percent_hours    double precision not null,
  eighty_percent_hours   double precision,
  source                 varchar(500)     not null,
  second_hand            boolean          not null,
  shipped                boolean          not null,
  added_by               varchar(100)     not null,
  added_at               timestamp(6) with time zone not null,
  constraint horizon_point_model_month unique (model, measured),
  constraint horizon_point_hours check (fifty_percent_hours > 0
      and (eighty_percent_hours is null or (eighty_percent_hours > 0 and eighty_percent_hours <= fifty_percent_hours)))
);

insert into horizon_point (id, measured, model, fifty_percent_hours, eighty_percent_hours, source, second_hand,
    shipped, added_by, added_at) values
  (1, '2019-02', 'GPT-2', cast(0.053778 as double precision) / 60, cast(0.0128 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (2, '2020-05', 'davinci-002 (GPT-3)', cast(0.144057 as double precision) / 60, cast(0.056238 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (3, '2022-03', 'gpt-3.5-turbo-instruct', cast(0.599247 as double precision) / 60, cast(0.25538 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (4, '2023-03', 'GPT-4 0314', cast(3.987428 as double precision) / 60, cast(0.889561 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (5, '2023-11', 'GPT-4 1106', cast(4.044959 as double precision) / 60, cast(0.783032 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (6, '2024-05', 'GPT-4o', cast(6.991195 as double precision) / 60, cast(1.267009 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (7, '2024-06', 'Claude 3.5 Sonnet (June 2024)', cast(11.395377 as double precision) / 60, cast(1.671757 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (8, '2024-09', 'o1-preview', cast(20.326586 as double precision) / 60, cast(4.420545 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (9, '2024-10', 'Claude 3.5 Sonnet (October 2024)', cast(20.522872 as double precision) / 60, cast(2.595677 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (10, '2024-12', 'o1', cast(38.831588 as double precision) / 60, cast(7.090121 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (11, '2025-02', 'Claude 3.7 Sonnet', cast(60.388937 as double precision) / 60, cast(12.09179 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (12, '2025-04', 'o3', cast(119.732634 as double precision) / 60, cast(29.981603 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (13, '2025-08', 'GPT-5', cast(203.012577 as double precision) / 60, cast(38.312431 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (14, '2025-11', 'Gemini 3 Pro', cast(224.325884 as double precision) / 60, cast(54.142849 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (15, '2025-11', 'Claude Opus 4.5', cast(292.994594 as double precision) / 60, cast(49.430584 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (16, '2025-12', 'GPT-5.2', cast(352.249302 as double precision) / 60, cast(66.002649 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (17, '2026-02', 'Claude Opus 4.6', cast(718.80683 as double precision) / 60, cast(69.874587 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp),
  (18, '2026-04', 'Claude Mythos Preview (early)', cast(1044.780145 as double precision) / 60, cast(185.911829 as double precision) / 60, 'METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/', false, true, 'Tacit', current_timestamp);
