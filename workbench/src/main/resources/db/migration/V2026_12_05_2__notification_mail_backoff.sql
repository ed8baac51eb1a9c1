-- Issue 19: the services start while Keycloak is still starting, so the first mail attempts may find no directory.
-- Each failed attempt waits twice as long as the one before (5 s, 10 s, 20 s ... at most 30 min): the attempts span
-- minutes, not the 30 s a fixed 5 s period gave, before a notification is given up for e-mail.
alter table notification add column next_mail_at timestamptz;
