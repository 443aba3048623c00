-- The audit row of a change commits in the change's own transaction (issue 12: the audit trail
-- fails closed). A request's transaction inserts its row here — an insert-only table with no lock
-- to wait for — and the chainer moves committed rows into the keyed, hash-chained audit_log in
-- batches under the audit_head lock (docs/adr/0010). If this insert fails, the change rolls back.
-- `writer` names the server instance that wrote the row: each instance chains its own rows at once
-- and adopts another's only when they are older than a few seconds (that instance stopped).

create table audit_pending (
  id          bigserial primary key,
  writer      text not null,
  at          timestamptz not null,
  actor_id    bigint,
  actor       text not null,
  action      text not null,
  patient_id  bigint,
  outcome     text not null,
  detail      text not null
);
create index audit_pending_writer_idx on audit_pending (writer, id);

-- A pending row is chained (then deleted) or stays: it is never edited.
create trigger audit_pending_no_update before update on audit_pending
  for each row execute function refuse_change_of_append_only_table();

-- Row triggers do not see TRUNCATE: refuse it on the append-only tables as well.
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function refuse_change_of_append_only_table();
create trigger course_event_no_truncate before truncate on course_event
  for each statement execute function refuse_change_of_append_only_table();
