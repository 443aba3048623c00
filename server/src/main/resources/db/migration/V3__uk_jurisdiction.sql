-- rules.md §2 (amended 2026-12-01): UK patients are enrolled as UK and decided under eu-ppp-2018
-- (the MHRA programme follows the 2018 EU PPP).
alter table patient drop constraint patient_jurisdiction_check;
alter table patient add constraint patient_jurisdiction_check
  check (jurisdiction in ('US', 'EU', 'UK'));
