-- Sign-in throttling that parallel guessing cannot outrun and a stranger cannot abuse (issue 12).
--
-- Two counters, both moved by single atomic UPDATE ... RETURNING statements (never read-then-write):
--   * per account and client address (login_throttle): after 5 failures from one address the
--     account is locked for that address only, with an exponential back-off (1, 2, 4 ... minutes,
--     at most an hour), so the right user elsewhere still signs in;
--   * per account (app_user.failed_logins / locked_until): a ceiling across all addresses that
--     locks the account for a few minutes at most, so a stranger cannot lock a pharmacist out for
--     long, and guessing spread over many addresses is still slowed.
-- The state lives in PostgreSQL so every instance behind the load balancer sees the same counts.

create table login_throttle (
  user_id          bigint not null references app_user (id) on delete cascade,
  client_address   text not null,
  failures         integer not null,
  last_failure_at  timestamptz not null,
  locked_until     timestamptz,
  constraint login_throttle_pk primary key (user_id, client_address)
);

create index login_throttle_locked_ix on login_throttle (locked_until) where locked_until is not null;

-- The account-wide counter forgets failures after a quiet spell.
alter table app_user add column last_failed_login_at timestamptz;
