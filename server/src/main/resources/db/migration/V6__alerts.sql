-- The prescriber's alerts (issue 11, escalation): one row for each stop a newly recorded fact
-- raises (a stop-now symptom, a PHQ-9 that needs review, a positive pregnancy test, a missed
-- period or contraception failure, a stop-level lab), written in the transaction that records
-- the fact, for the patient's prescriber. An alert stays open until someone acknowledges it; a fact
-- recorded again while its alert is open counts on that alert (reports) instead of opening another.
create table alert (
  id                bigserial primary key,
  patient_id        bigint not null references patient (id),
  course_id         bigint not null references course (id),
  prescriber_id     bigint not null references app_user (id),
  tier              text not null check (tier in ('SAFETY_STOP', 'LAB_STOP')),
  code              text not null,
  trigger_key       text not null,   -- the fact: stop, what (symptom, analyte) and date
  trigger_text      text not null,   -- the fact in words, e.g. 'Suicidal thoughts reported 2026-11-30'
  fact_date         date not null,
  event_id          bigint not null references course_event (id),  -- the fact that raised it
  latest_event_id   bigint not null references course_event (id),  -- the latest report of it
  reports           integer not null default 1 check (reports >= 1),
  raised_at         timestamptz not null default now(),
  last_reported_at  timestamptz not null default now(),
  acknowledged_by   bigint references app_user (id),
  acknowledged_at   timestamptz,
  check ((acknowledged_by is null) = (acknowledged_at is null))
);

-- At most one open alert per fact (keyed by patient first, so it can be distributed by patient).
create unique index alert_one_open_per_fact
  on alert (patient_id, course_id, trigger_key) where acknowledged_at is null;
-- The inbox and the navigation's count: a prescriber's open alerts.
create index alert_open_of_prescriber_idx on alert (prescriber_id, raised_at) where acknowledged_at is null;
create index alert_prescriber_idx on alert (prescriber_id, raised_at);
-- "Was the prescriber alerted to this report?" (what the patient is told after reporting)
create index alert_event_idx on alert (event_id);
create index alert_latest_event_idx on alert (latest_event_id);
