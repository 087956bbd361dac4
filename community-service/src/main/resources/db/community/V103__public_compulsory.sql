-- Whether each school counts as a public compulsory school (公办义务教育学校), written by the register
-- from the one Java definition (PublicCompulsorySchools) so that coverage queries never restate the rule.
-- Rows written before this migration get the answer the rule gave when it was written.
alter table school_register add column public_compulsory boolean;
update school_register set public_compulsory = ownership = 'PUBLIC' and level <> 'SENIOR'
    and not special_education and not vocational;
alter table school_register alter column public_compulsory set not null;
