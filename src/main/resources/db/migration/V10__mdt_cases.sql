-- MDT cases (org.idds.cds.mdt: several concerns on one patient at one moment, one composed answer) are audited as one
-- row of their own kind, like every assessment. V9 (the answer's response_schema column) is another change of the
-- same release; this migration does not depend on it.
alter table assessment drop constraint assessment_kind_check;
alter table assessment add constraint assessment_kind_check
    check (kind in ('CANDIDACY', 'REFERRAL_CHECK', 'PRESCRIPTION_CHECK', 'MDT_CASE'));
