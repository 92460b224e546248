-- Trial evaluations (org.idds.cds.trial: an intrathecal trial judged against the site's cited success policy, issue 18
-- item 3) are audited as rows of their own kind, like every assessment.
alter table assessment drop constraint assessment_kind_check;
alter table assessment add constraint assessment_kind_check
    check (kind in ('CANDIDACY', 'REFERRAL_CHECK', 'PRESCRIPTION_CHECK', 'MDT_CASE', 'PROCEDURE_CHECK',
                    'FOLLOW_UP_CHECK', 'TRIAL_EVALUATION'));
