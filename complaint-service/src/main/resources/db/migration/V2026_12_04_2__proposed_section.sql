-- Art. 30: the section a citizen names is a proposal, never an assignment. Cases filed before this change had the
-- named section copied into section_code before any handler looked at them: move it back to a proposal unless a
-- handler has assigned the case since (an assigned case has left RECEIVED and ACCEPTED).
alter table complaint_case add column proposed_section text;
update complaint_case set proposed_section = section_code, section_code = null
    where subject_kind = 'SECTION' and state in ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED');
