-- R-ADJ-5: separation of duties compares the applicant's stable account subject (token sub), which a rename of the
-- user name does not change. Requests drafted before keep their user name as the subject.
alter table adjustment_request add column applicant_subject text;
update adjustment_request set applicant_subject = applicant where applicant_subject is null;
