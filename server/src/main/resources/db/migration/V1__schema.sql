-- Isocourse schema. Plain PostgreSQL kept within what Citus and YugabyteDB support: tables keyed
-- so that patient data can be distributed by patient_id, no exotic types beyond jsonb.

create table pharmacy (
  id          bigserial primary key,
  name        text not null,
  active      boolean not null default true,
  created_at  timestamptz not null default now()
);

create table app_user (
  id               bigserial primary key,
  username         text not null unique,
  password_hash    text not null,
  role             text not null check (role in ('ADMIN', 'PRESCRIBER', 'DESIGNEE', 'PHARMACIST', 'PATIENT')),
  display_name     text not null,
  active           boolean not null default true,
  acts_for_id      bigint references app_user (id),  -- designee: the prescriber they act for
  pharmacy_id      bigint references pharmacy (id),  -- pharmacist: their pharmacy
  patient_id       bigint,                            -- patient: their own record
  failed_logins    integer not null default 0,
  locked_until     timestamptz,
  created_at       timestamptz not null default now()
);

create table prescriber (
  user_id       bigint primary key references app_user (id),
  certified     boolean not null default false,
  certified_on  date
);

create table api_token (
  id          bigserial primary key,
  user_id     bigint not null references app_user (id),
  name        text not null,
  token_hash  text not null unique,   -- SHA-256 of the token; the token itself is shown once
  created_at  timestamptz not null default now(),
  revoked_at  timestamptz
);

create table patient (
  id                    bigserial primary key,
  program_id            text not null unique,
  display_name          text not null,
  birth_date            date not null,
  jurisdiction          text not null check (jurisdiction in ('US', 'EU')),
  risk_category         text check (risk_category in ('CAN_GET_PREGNANT', 'CANNOT_GET_PREGNANT')),
  enrolled_on           date,
  home_testing_allowed  boolean not null default false,
  prescriber_id         bigint not null references app_user (id),
  created_at            timestamptz not null default now()
);

alter table app_user add constraint app_user_patient_fk foreign key (patient_id) references patient (id);

create table course (
  id                         bigserial primary key,
  patient_id                 bigint not null references patient (id),
  formulation                text check (formulation in ('conventional', 'lidose', 'micronized')),
  first_dose_date            date,
  target_mg_per_kg           numeric(6, 2),
  previous_course_last_dose  date,
  planned_mg_per_kg_per_day  numeric(4, 2),
  status                     text not null default 'ACTIVE' check (status in ('ACTIVE', 'COMPLETED')),
  completed_on               date,
  created_at                 timestamptz not null default now()
);
create index course_patient_idx on course (patient_id);

-- Append-only history: every fact in the scenario contract's event shape (payload).
create table course_event (
  id           bigserial primary key,
  patient_id   bigint not null references patient (id),
  course_id    bigint not null references course (id),
  seq          integer not null,
  type         text not null,
  event_date   date not null,
  payload      jsonb not null,
  recorded_by  bigint not null references app_user (id),
  recorded_at  timestamptz not null default now(),
  reason       text,
  unique (course_id, seq)
);
create index course_event_patient_idx on course_event (patient_id);

create table prescription (
  id          text primary key,
  patient_id  bigint not null references patient (id),
  course_id   bigint not null references course (id),
  written_on  date not null,
  status      text not null default 'ACTIVE' check (status in ('ACTIVE', 'CANCELLED')),
  payload     jsonb not null,
  created_at  timestamptz not null default now()
);
create index prescription_patient_idx on prescription (patient_id);

-- Every pharmacy request and the decision it got, with the history version it was made on.
create table dispense_request (
  id                 bigserial primary key,
  idempotency_key    text not null unique,
  prescription_id    text not null references prescription (id),
  patient_id         bigint not null references patient (id),
  pharmacy_id        bigint not null references pharmacy (id),
  requested_by       bigint not null references app_user (id),
  request_date       date not null,
  request_json       jsonb not null,
  decision           text not null,
  decision_json      jsonb not null,
  rule_set           text not null,
  history_version    integer not null,
  authorization_id   bigint,
  created_at         timestamptz not null default now()
);

-- At most one live authorization per prescription: active_prescription_id is the prescription
-- while issued or claimed, and null once reversed, so the unique constraint admits no second one.
create table dispense_authorization (
  id                      bigserial primary key,
  prescription_id         text not null references prescription (id),
  active_prescription_id  text unique,
  patient_id              bigint not null references patient (id),
  pharmacy_id             bigint not null references pharmacy (id),
  code                    text not null unique,
  do_not_dispense_after   date not null,
  status                  text not null check (status in ('ISSUED', 'CLAIMED', 'REVERSED')),
  created_at              timestamptz not null default now(),
  changed_at              timestamptz not null default now()
);

create table dispense (
  id                bigserial primary key,
  authorization_id  bigint not null unique references dispense_authorization (id),
  prescription_id   text not null references prescription (id),
  patient_id        bigint not null references patient (id),
  dispensed_on      date not null,
  capsules          jsonb not null,
  recorded_by       bigint not null references app_user (id),
  recorded_at       timestamptz not null default now()
);

create table clinic_policy (
  key         text primary key,
  value       text not null,
  changed_by  bigint references app_user (id),
  changed_at  timestamptz not null default now()
);

-- Append-only, hash-chained audit trail. Each row's hash covers the previous row's hash and its
-- own canonical content; audit_head serializes writers so the chain never forks.
create table audit_log (
  id          bigint primary key,
  at          timestamptz not null,
  actor_id    bigint,
  actor       text not null,
  action      text not null,
  patient_id  bigint,
  outcome     text not null,
  detail      text not null,
  prev_hash   text not null,
  hash        text not null
);
create index audit_log_patient_idx on audit_log (patient_id);

create table audit_head (
  singleton  boolean primary key default true check (singleton),
  last_id    bigint not null,
  last_hash  text not null
);
insert into audit_head (singleton, last_id, last_hash)
values (true, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create function refuse_change_of_append_only_table() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', TG_TABLE_NAME;
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function refuse_change_of_append_only_table();

create trigger course_event_no_update before update or delete on course_event
  for each row execute function refuse_change_of_append_only_table();
