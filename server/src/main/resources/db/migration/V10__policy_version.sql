-- One truth for the clinic policy across server instances (issue 13 item 4, docs/adr/0011).
-- Every instance keeps the overrides in memory; this single row's version moves with every change
-- to clinic_policy, whoever makes it (any instance, or an operator in SQL), and the change is
-- announced on the channel clinic_policy when it commits. Each instance listens, and reads the
-- version again at least every 250 ms, and drops its kept copy when the version moved.
create table clinic_policy_version (
  id       boolean primary key default true check (id),
  version  bigint not null
);

insert into clinic_policy_version (id, version) values (true, 0);

-- Runs with the rights of whoever changed the policy: the application role needs UPDATE on
-- clinic_policy_version (granted in afterMigrate.sql with every table's row rights).
create function clinic_policy_changed() returns trigger language plpgsql as $$
declare
  v bigint;
begin
  update clinic_policy_version set version = version + 1 returning version into v;
  perform pg_notify('clinic_policy', v::text);
  return null;
end;
$$;

create trigger clinic_policy_changed
  after insert or update or delete or truncate on clinic_policy
  for each statement execute function clinic_policy_changed();
