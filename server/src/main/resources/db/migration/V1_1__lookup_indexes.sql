-- Indexes for lookups the use cases make on every request (found by the issue-5 benchmarks):
-- a prescriber's patients (worklist), a course's prescriptions, whether a prescription was
-- dispensed, and how many authorizations a prescription has had. Without them each of these is a
-- sequential scan, so the worklist and every authorization slow down as the population grows.
create index patient_prescriber_idx on patient (prescriber_id);
create index prescription_course_idx on prescription (course_id);
create index dispense_prescription_idx on dispense (prescription_id);
create index dispense_authorization_prescription_idx on dispense_authorization (prescription_id);
