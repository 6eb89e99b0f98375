-- Every county needs a team that receives matters whose municipality is unknown or not routed elsewhere
-- (the assessment team, "palvelutarpeen arviointi"). A county adds area teams through team_municipality.
insert into team (id, county_id, kind, name_fi, name_sv, name_en, default_intake) values
 ('7ea40000-0001-4000-8000-000000000001', '0e7a1c52-0001-4000-8000-000000000001', 'INTAKE',
  'Palvelutarpeen arviointi', 'Bedömning av servicebehovet', 'Service need assessment', true),
 ('7ea40000-0002-4000-8000-000000000002', '0e7a1c52-0002-4000-8000-000000000002', 'INTAKE',
  'Palvelutarpeen arviointi', 'Bedömning av servicebehovet', 'Service need assessment', true),
 ('7ea40000-0003-4000-8000-000000000003', '0e7a1c52-0003-4000-8000-000000000003', 'INTAKE',
  'Palvelutarpeen arviointi', 'Bedömning av servicebehovet', 'Service need assessment', true);
