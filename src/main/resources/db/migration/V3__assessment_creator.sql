-- Who made each assessment: the authenticated caller's principal name from the bearer token (MicroProfile JWT:
-- upn, else preferred_username, else sub). A staff identity, never a patient's. Referrers may read back only rows
-- they created. (V2 is reserved for another change on a parallel branch.)
alter table assessment add column created_by text;

-- Required for every row written from now on. NOT VALID: rows stored before this migration keep a null creator
-- (they cannot be updated: the table is append-only), and only new rows are checked.
alter table assessment add constraint assessment_created_by_required check (created_by is not null) not valid;
