-- Reference data: the organisations and areas named in the public service descriptions Verso started
-- from. A deployment serves one of them (verso.county); the others show that data never mixes.
insert into county (id, code, name_fi, name_sv, name_en, social_emergency_phone) values
 ('0e7a1c52-0001-4000-8000-000000000001', 'etela-savo',
  'Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä',
  'Samkommunen för social- och hälsovårdstjänster i Södra Savolax',
  'South Savo Social and Health Care Authority', null),
 ('0e7a1c52-0002-4000-8000-000000000002', 'suupohja',
  'Suupohjan peruspalveluliikelaitoskuntayhtymä',
  'Affärsverkssamkommunen för basservice i Sydösterbotten',
  'Suupohja Joint Municipal Authority for Basic Services', null),
 ('0e7a1c52-0003-4000-8000-000000000003', 'espoo',
  'Espoo', 'Esbo', 'Espoo', '09 816 42439');

insert into municipality (code, county_id, name_fi, name_sv) values
 ('097', '0e7a1c52-0001-4000-8000-000000000001', 'Hirvensalmi', 'Hirvensalmi'),
 ('178', '0e7a1c52-0001-4000-8000-000000000001', 'Juva', 'Jockas'),
 ('213', '0e7a1c52-0001-4000-8000-000000000001', 'Kangasniemi', 'Kangasniemi'),
 ('507', '0e7a1c52-0001-4000-8000-000000000001', 'Mäntyharju', 'Mäntyharju'),
 ('491', '0e7a1c52-0001-4000-8000-000000000001', 'Mikkeli', 'S:t Michel'),
 ('588', '0e7a1c52-0001-4000-8000-000000000001', 'Pertunmaa', 'Pertunmaa'),
 ('623', '0e7a1c52-0001-4000-8000-000000000001', 'Puumala', 'Puumala'),
 ('151', '0e7a1c52-0002-4000-8000-000000000002', 'Isojoki', 'Storå'),
 ('218', '0e7a1c52-0002-4000-8000-000000000002', 'Karijoki', 'Bötom'),
 ('232', '0e7a1c52-0002-4000-8000-000000000002', 'Kauhajoki', 'Kauhajoki'),
 ('846', '0e7a1c52-0002-4000-8000-000000000002', 'Teuva', 'Östermark'),
 ('049', '0e7a1c52-0003-4000-8000-000000000003', 'Espoo', 'Esbo');
