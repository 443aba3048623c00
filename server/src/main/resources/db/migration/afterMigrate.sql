-- Row rights of the application's database role, granted after every migration (issue 12,
-- docs/adr/0010). The migrations run as the owner of the schema (the embedded superuser in the
-- demo, ISOCOURSE_DB_MIGRATION_USER in production); the server connects as the role isocourse_app, which
-- owns no table and no trigger, so it cannot disable the append-only triggers, and as a
-- non-superuser it cannot set session_replication_role. When both are the same role (a one-role
-- install) nothing is granted here.
do $$
declare
  app text := 'isocourse_app';
begin
  if app = current_user or not exists (select 1 from pg_roles where rolname = app) then
    return;
  end if;
  execute format('grant usage on schema public to %I', app);
  execute format('revoke all on all tables in schema public from %I', app);
  execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
  execute format('grant usage, select on all sequences in schema public to %I', app);
  -- append-only: rows are added and read, never changed or removed
  execute format('revoke update, delete, truncate on audit_log, course_event from %I', app);
  -- pending audit rows are inserted, then chained and deleted (the chainer locks them with
  -- SELECT ... FOR UPDATE, which needs the UPDATE right; the owner's trigger refuses every update)
  execute format('revoke truncate on audit_pending from %I', app);
  execute format('revoke all on flyway_schema_history from %I', app);
end
$$;
