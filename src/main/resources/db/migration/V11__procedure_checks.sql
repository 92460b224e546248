-- Procedure checks (org.idds.cds.safety: the antithrombotics before a planned neuraxial procedure, issue 17) are
-- audited as rows of their own kind, like every assessment.
alter table assessment drop constraint assessment_kind_check;
alter table assessment add constraint assessment_kind_check
    check (kind in ('CANDIDACY', 'REFERRAL_CHECK', 'PRESCRIPTION_CHECK', 'MDT_CASE', 'PROCEDURE_CHECK'));
