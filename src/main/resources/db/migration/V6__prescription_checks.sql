-- Prescription checks (the dosing concern) are audited like every assessment.
alter table assessment drop constraint assessment_kind_check;
alter table assessment add constraint assessment_kind_check
    check (kind in ('CANDIDACY', 'REFERRAL_CHECK', 'PRESCRIPTION_CHECK'));
