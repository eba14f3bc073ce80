-- A registry import states each person's status once per date: re-importing the same file adds nothing.
CREATE UNIQUE INDEX prisoner_statuses_registry ON prisoner_statuses(prisoner_id, status, coalesce(since, ''))
    WHERE origin = 'registry';
