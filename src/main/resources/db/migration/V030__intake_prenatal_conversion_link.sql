-- A prenatal notification converted into the child's matter after the birth (LSL 25 c §) is linked to the
-- child's new matter. That link is neither found by henkilötunnus nor suggested by name: it is made by the
-- worker who converts, so it gets a basis of its own.
alter table intake_matter_link drop constraint intake_matter_link_basis_check;
alter table intake_matter_link add constraint intake_matter_link_basis_check
    check (basis in ('PERSONAL_IDENTITY_CODE', 'NAME_AND_BIRTH_DATE', 'PRENATAL_CONVERSION'));
