-- SMART Backend Services (issue 15 item 4, docs/adr/0015). A machine client (an EHR, a pharmacy
-- system) is registered by an admin with its public keys inline (a JWKS, never a private part and
-- never a URL), the system/… scopes it may ask for, and the existing user it acts as: every access
-- rule of that user applies, and the scopes only narrow it. Revoking sets revoked_at; the client's
-- access tokens stop working at once, since every request looks the client up.
create table machine_client (
  client_id       text primary key,
  name            text not null,
  acts_as_user_id bigint not null references app_user (id),
  jwks            jsonb not null,
  scopes          text not null,
  created_by      bigint references app_user (id),
  created_at      timestamptz not null default now(),
  revoked_at      timestamptz
);

create index machine_client_acts_as on machine_client (acts_as_user_id);

-- Each client assertion's jti is kept until the assertion expires, so it cannot be replayed.
-- Row rights of isocourse_app come from afterMigrate.sql (every table of the schema).
create table client_assertion_jti (
  client_id  text not null references machine_client (client_id),
  jti        text not null,
  expires_at timestamptz not null,
  primary key (client_id, jti)
);

create index client_assertion_jti_expiry on client_assertion_jti (expires_at);
