-- Contact details, language and reminder preferences of a patient (issue 14): reminders need an
-- address, and patient pages and messages are shown in the patient's language (English or
-- Spanish). Sex at birth is recorded at enrollment beside the pregnancy-risk category, which stays
-- the field the rules read (rules.md §2). All nullable or defaulted, so existing rows stay valid.

alter table patient
  add column email               text check (email is null or (length(email) <= 254 and email like '%_@_%')),
  add column phone               text check (phone is null or phone ~ '^\+?[0-9 ()-]{6,20}$'),
  add column preferred_language  text not null default 'en' check (preferred_language in ('en', 'es')),
  add column reminder_channel    text not null default 'EMAIL' check (reminder_channel in ('EMAIL', 'SMS', 'NONE')),
  add column sex_at_birth        text check (sex_at_birth in ('FEMALE', 'MALE', 'INTERSEX'));
