-- R-ADJ-1: the documents behind the trigger (the new or amended law, the reorganisation decision…), as JSON.
alter table adjustment_request add column documents text not null default '[]';
