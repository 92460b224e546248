-- Follow-up checks (org.idds.cds.safety: one post-implant event, a refill, a follow-up visit or a new symptom, and the
-- device events it shows, issue 17 topic 6) are audited as rows of their own kind, like every assessment.
alter table assessment drop constraint assessment_kind_check;
alter table assessment add constraint assessment_kind_check
    check (kind in ('CANDIDACY', 'REFERRAL_CHECK', 'PRESCRIPTION_CHECK', 'MDT_CASE', 'PROCEDURE_CHECK',
                    'FOLLOW_UP_CHECK'));
