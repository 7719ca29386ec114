-- The yearly revision links a plan to the plan it was made from (revised_from, a year) and each carried activity
-- to the activity of that plan it was carried over from (predecessor_id), keeping beside it that activity's outcome
-- as it stood at the revision (previous_outcome: its current follow-ups as JSON, each at most 4000 characters of
-- comment in three periods). No foreign key on predecessor_id: last year's draft may still lose the activity, and
-- the link then only names it. Plans and activities stored before are not linked (NULL).
ALTER TABLE action_plan ADD COLUMN revised_from INTEGER;
ALTER TABLE activity ADD COLUMN predecessor_id BIGINT;
ALTER TABLE activity ADD COLUMN previous_outcome VARCHAR(32672);
