-- A reference a reader can follow: its address, publisher, the date it gives, and whether it is
-- the organisation's own document (primary) or someone else's account of it (secondary).
-- Codes grow to name the research note they come from (CP-R6, DN-A1, FC-C3).
alter table source_reference alter column code set data type varchar(16);
alter table source_reference add column address varchar(500);
alter table source_reference add column publisher varchar(200);
alter table source_reference add column published varchar(40);
alter table source_reference add column kind varchar(16);

-- Facts carry the date their source gives or the date they were checked, up to a full date.
alter table fact alter column as_of set data type varchar(40);
alter table cell_evidence alter column as_of set data type varchar(40);

-- Room for several prefixed reference codes.
alter table fact alter column sources set data type varchar(300);
alter table cell_evidence alter column sources set data type varchar(300);
