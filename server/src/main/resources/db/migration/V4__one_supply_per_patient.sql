-- ALL-ONEFILL (rules.md §3.1, amended 2026-12-01): at most one live authorization per patient,
-- across prescriptions and pharmacies. "Live" is issued and not dispensed (CLAIMED), reversed or
-- expired; an authorization past its last dispense date is marked EXPIRED under the patient's lock
-- before a new one is issued, so it holds neither its prescription nor the patient's one supply.
alter table dispense_authorization drop constraint dispense_authorization_status_check;
alter table dispense_authorization add constraint dispense_authorization_status_check
  check (status in ('ISSUED', 'CLAIMED', 'REVERSED', 'EXPIRED'));

update dispense_authorization set status = 'EXPIRED', active_prescription_id = null,
  changed_at = now()
  where status = 'ISSUED' and do_not_dispense_after < current_date;

-- Earlier data may hold two issued authorizations of one patient: keep the newest.
update dispense_authorization a set status = 'REVERSED', active_prescription_id = null,
  changed_at = now()
  where a.status = 'ISSUED' and exists (
    select 1 from dispense_authorization b
    where b.patient_id = a.patient_id and b.status = 'ISSUED' and b.id > a.id);

create unique index one_live_authorization_per_patient
  on dispense_authorization (patient_id) where status = 'ISSUED';
