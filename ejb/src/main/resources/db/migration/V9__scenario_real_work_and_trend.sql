-- Issue 12: how much of the benchmark horizon holds on real work, and a horizon that follows the
-- trend fitted to the measured points (org.tacit.domain.scenario.HorizonTrend) unless a scenario
-- sets its own values. Rows still at the former constant defaults (1 h measured 2025-03, doubling
-- every 7 months) follow the trend from now on; own values stay.
alter table scenario add column real_work_share numeric(4,3);
update scenario set real_work_share = 0.150;
update scenario set real_work_share = 0.075 where name = 'Cautious';
alter table scenario alter column real_work_share set not null;

alter table scenario alter column horizon_hours drop not null;
alter table scenario alter column horizon_measured drop not null;
alter table scenario alter column doubling_months drop not null;
update scenario set horizon_hours = null, horizon_measured = null
  where horizon_hours = 1.0000 and horizon_measured = '2025-03';
update scenario set doubling_months = null where doubling_months = 7.00;

-- Adoption as fast as generative AI's (5 years); the former 8-year line is now the cautious preset's.
update scenario set adoption_years = 5 where name in ('Base', 'Continual learning by 2030') and adoption_years = 8;
update scenario set adoption_years = 8 where name = 'Cautious' and adoption_years = 15;
