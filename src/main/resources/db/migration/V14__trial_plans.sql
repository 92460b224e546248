-- Trial plans (issue 18, item 2: the trial concern's plan from a stored candidacy assessment, with the safety
-- concern's procedure check for the trial date, composed above the concerns) are audited as rows of their own kind.
-- The constraint lists every kind, trial evaluations (V13) included.
alter table assessment drop constraint assessment_kind_check;
alter table assessment add constraint assessment_kind_check
    check (kind in ('CANDIDACY', 'REFERRAL_CHECK', 'PRESCRIPTION_CHECK', 'MDT_CASE', 'PROCEDURE_CHECK',
                    'FOLLOW_UP_CHECK', 'TRIAL_EVALUATION', 'TRIAL_PLAN'));
