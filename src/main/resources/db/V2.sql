-- lexgap schema 2: a finding keeps its original author and lists everyone else who wrote its text (co-authors),
-- so that the four-eyes rule compares the approver with all of them. Portable SQL (H2 2.x and PostgreSQL).

ALTER TABLE findings ADD COLUMN co_authors VARCHAR(4000) DEFAULT '[]' NOT NULL;

-- until now a change made its saver the author: the original author is whoever created the finding
UPDATE findings SET author = (SELECT h.changed_by FROM finding_history h WHERE h.country = findings.country
    AND h.checklist = findings.checklist AND h.criterion = findings.criterion AND h.action = 'create')
WHERE EXISTS (SELECT 1 FROM finding_history h WHERE h.country = findings.country
    AND h.checklist = findings.checklist AND h.criterion = findings.criterion AND h.action = 'create');

-- and everyone else who created or changed its text is a co-author (user names hold no quotes: a JSON list)
UPDATE findings SET co_authors = (SELECT '["' || STRING_AGG(DISTINCT h.changed_by, '","' ORDER BY h.changed_by)
    || '"]' FROM finding_history h WHERE h.country = findings.country AND h.checklist = findings.checklist
    AND h.criterion = findings.criterion AND h.action IN ('create', 'update') AND h.changed_by <> findings.author)
WHERE EXISTS (SELECT 1 FROM finding_history h WHERE h.country = findings.country
    AND h.checklist = findings.checklist AND h.criterion = findings.criterion AND h.action IN ('create', 'update')
    AND h.changed_by <> findings.author);
