-- The deployment targets view now keeps host routes too (V2026_11_24_29): it is emptied and its token dropped, so
-- that its processor builds it again from the log at the next start. Kept with the token table's migrations, as the
-- query side's own migrations run without it in that module's tests.
DELETE FROM deployment_target;
DELETE FROM token_entry WHERE processor_name = 'deployment-targets';
