-- Notifications with a real mail path (issue 14, docs/adr/0016-notification-outbox.md): a durable
-- outbox. A message is a row before it is anything else: the planner (patient reminders, the
-- prescriber's daily digest) and the alert raiser (in the transaction that records the fact) insert
-- rows; senders on any instance claim due rows with a lease, send them, and mark them sent.
--
--   dedupe_key   one row per reminder, alert or digest, ever: inserts use ON CONFLICT DO NOTHING,
--                so planners on several instances and re-runs after a restart insert nothing twice
--   status       PENDING (waiting, maybe after a failed attempt: next_attempt_at says when),
--                SENDING (claimed by claimed_by until claimed_until: the lease), SENT, FAILED
--                (gave up after the last attempt; last_error says why)
--   claim        a sender claims with UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED),
--                so two senders never claim one row; a claim whose lease ran out (the sender died
--                between claiming and marking) is claimed again, never lost
-- Subjects carry no drug or condition names; bodies say what is due and by when, and link to the
-- product (the minimal-information policy of the ADR).
create table notification (
  id               bigserial primary key,
  dedupe_key       text not null unique,
  patient_id       bigint references patient (id),    -- the patient it is to or about, if any
  user_id          bigint references app_user (id),   -- the staff user it is to, if any
  channel          text not null check (channel in ('EMAIL', 'SMS')),
  recipient        text not null check (length(recipient) between 3 and 254),
  language         text not null check (language in ('en', 'es')),
  kind             text not null,
  subject          text not null check (length(subject) <= 200),
  body             text not null,
  status           text not null default 'PENDING'
                     check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  attempts         integer not null default 0 check (attempts >= 0),
  next_attempt_at  timestamptz not null default now(),
  claimed_by       text,
  claimed_until    timestamptz,
  sent_at          timestamptz,
  last_error       text,
  created_at       timestamptz not null default now(),
  check ((status = 'SENDING') = (claimed_until is not null and claimed_by is not null)),
  check ((status = 'SENT') = (sent_at is not null))
);

-- What a sender claims: due pending rows, and claims whose lease ran out.
create index notification_pending_idx on notification (next_attempt_at) where status = 'PENDING';
create index notification_lease_idx on notification (claimed_until) where status = 'SENDING';
-- The admin's outbox page: newest first.
create index notification_created_idx on notification (created_at desc, id desc);

-- Where a staff user's notifications go (prescriber alerts and the daily digest); none by default.
alter table app_user
  add column email text check (email is null or (length(email) <= 254 and email like '%_@_%'));
