-- Retries and double submits (issue 11). One row per creating request that carried an
-- Idempotency-Key header (API) or a one-time form token (web pages), written in the same
-- transaction as what the request created: if that rolls back, so does the row, and a crash can
-- never leave one without the other. The primary key scopes keys per user; a second request with
-- the same key waits on it while the first is in flight, then finds the committed row and replays
-- its answer (or is told the key was used for something else).
--
-- Neither the key nor the answer is stored in the clear: key_hash is SHA-256 of the key, and the
-- answer (which may hold a patient's first password or a new API token) is sealed with AES-GCM
-- under another hash of the key, which only the client holds. fingerprint is SHA-256 over the key
-- and the request body, so a retry is recognised without storing the body either.
create table idempotent_request (
  user_id      bigint not null references app_user (id),
  key_hash     text not null,
  endpoint     text not null,      -- method and path, e.g. POST /api/patients/12/events
  fingerprint  text not null,
  status       integer not null,   -- the HTTP status of the stored answer (303 for a web form)
  answer       bytea,              -- sealed JSON body (API); null for web forms
  location     text,               -- web forms: where the result is shown
  created_at   timestamptz not null default now(),
  primary key (user_id, key_hash)
);

-- Enrollment looks for a patient with the same name and birth date before creating one.
create index patient_birth_date_idx on patient (birth_date);
