-- What a buyer can document that also measures a priority (for organisations), why each
-- priority is measured as it is, and the must-haves a preset sets.
ALTER TABLE priority ADD COLUMN evidence VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE priority ADD COLUMN review VARCHAR(1200) DEFAULT '' NOT NULL;
ALTER TABLE preset ADD COLUMN requirements VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE preset ADD COLUMN requirements_rationale VARCHAR(600) DEFAULT '' NOT NULL;
