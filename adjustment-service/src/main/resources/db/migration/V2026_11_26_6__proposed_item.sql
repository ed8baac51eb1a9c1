-- R-ADJ-1: the proposed item content in list-service's model (JSON of ListItemContent); none for a repeal.
alter table adjustment_request add column proposed_item text;
