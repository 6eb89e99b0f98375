-- Reference content of the service catalogue: the family and child welfare services of
-- Etelä-Savo, and one entry each for Suupohja and Espoo so that county separation is real.
-- Written for Verso in our own words from the facts of the public service descriptions
-- (suomi.fi and the counties' pages). No individual employee's name and no phone number other than
-- 112 may appear here: the county's own emergency number lives in county.social_emergency_phone.
-- Every service is free of charge. Provider and responsible organisation are the county itself.
-- Text conventions (see TextBlocks): a blank line separates paragraphs, "- " starts a list item.

create function pg_temp.describe(
    entry text, county_code text, language text, name text, summary text, description text,
    target_group text, terms text, how_to_get text, legal_basis text) returns void
language sql as $fn$
    insert into catalogue_service_text (service_id, lang, name, summary, description, target_group, terms,
                                        how_to_get, cost, legal_basis, provider, responsible_organisation)
    select s.id, language, name, summary, description, target_group, terms, how_to_get,
           case language when 'fi' then 'Palvelu on maksuton.'
                         when 'sv' then 'Tjänsten är avgiftsfri.'
                         else 'The service is free of charge.' end,
           legal_basis,
           case language when 'fi' then c.name_fi when 'sv' then c.name_sv else c.name_en end,
           case language when 'fi' then c.name_fi when 'sv' then c.name_sv else c.name_en end
    from catalogue_service s
    join county c on c.id = s.county_id
    where c.code = county_code and s.slug = entry;
$fn$;


-- etela-savo: lapsiperheiden-sosiaalityo
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0001-4000-8000-000000000001', id, 'lapsiperheiden-sosiaalityo', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0001-4000-8000-000000000001', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'lapsiperheiden-sosiaalityo', county_code => 'etela-savo', language => 'fi',
    name => 'Lapsiperheiden sosiaalityö',
    summary => 'Sosiaalityöntekijän tukea lapselle, joka tarvitsee erityistä tukea, ja hänen perheelleen, kun lastensuojelun tarvetta ei ole.',
    description => 'Lapsiperheiden sosiaalityö on sosiaalihuoltolain mukaista työtä lasten kanssa, jotka tarvitsevat erityistä tukea, sekä heidän perheidensä kanssa. Lapsen omatyöntekijä on sosiaalityöntekijä. Työparina voi olla myös sosiaaliohjaaja tai perhetyöntekijä.

Perheiden tilanteet ovat hyvin erilaisia. Sosiaalityöntekijä kokoaa yhdessä perheen ja tarvittaessa muiden tahojen kanssa riittävät palvelut, jotka vahvistavat lapsen hyvinvointia ja vanhempien jaksamista. Tukena voi olla esimerkiksi
- perhetyö
- ammatillinen tukihenkilö
- tukiperhe
- vertaisryhmät
- sosiaalityöntekijän tapaamiset

Työskentelyn tavoitteet kirjataan asiakassuunnitelmaan, jonka laatimiseen lapsi ja perhe osallistuvat. Sosiaalityöntekijä tapaa lasta säännöllisesti ja sovittaa yhteen perheen ympärillä olevaa verkostoa. Tavoitteena on helpottaa arjen vaikeuksia ja vahvistaa perheen omia voimavaroja ja osallisuutta. Vanhempien halu tehdä yhteistyötä on työskentelyssä tärkeää.',
    target_group => 'Lapset, jotka tarvitsevat sosiaalihuoltolain tarkoittamaa erityistä tukea ja joiden tilanteesta ei ole lastensuojelullista huolta, sekä heidän perheensä. Asiakkaaksi tullaan yleensä palvelutarpeen alkuarvioinnin kautta tai lastensuojelun avohuollosta.',
    terms => 'Sosiaalityöntekijä arvioi, tarvitseeko lapsi lapsiperheiden sosiaalityön asiakkuutta. Asiakkuus voi olla tarpeen esimerkiksi, kun
- lapsen kasvuolot eivät turvaa tai ne vaarantavat hänen terveyttään ja kehitystään
- lapsi vaarantaa omalla käytöksellään terveyttään tai kehitystään
- lapsen on vaikea hakea ja saada tarvitsemiaan sosiaali- ja terveyspalveluja esimerkiksi kognitiivisen tai psyykkisen vamman tai sairauden, päihteiden ongelmakäytön tai monen samanaikaisen tuen tarpeen vuoksi
- lapsi tarvitsee vertaisryhmää, tukihenkilöä tai tukiperhettä',
    how_to_get => 'Vanhempana voit ottaa yhteyttä sosiaalihuoltoon ja pyytää, että lapsesi tuen tarve arvioidaan. Ammattilainen voi ottaa yhteyttä yhdessä perheen kanssa.',
    legal_basis => 'Sosiaalihuoltolaki (1301/2014):
- 3 § (erityistä tukea tarvitseva lapsi)
- 15 § (sosiaalityö)
- 34–36 § (asiakkuus, yhteydenotto ja palvelutarpeen arviointi)
- 39 § (asiakassuunnitelma)
- 42 § (omatyöntekijä)');
select pg_temp.describe(entry => 'lapsiperheiden-sosiaalityo', county_code => 'etela-savo', language => 'sv',
    name => 'Socialt arbete för barnfamiljer',
    summary => 'Stöd av en socialarbetare för barn i behov av särskilt stöd och deras familjer, när det inte finns något behov av barnskydd.',
    description => 'Socialt arbete för barnfamiljer är arbete enligt socialvårdslagen med barn som behöver särskilt stöd och med deras familjer. Barnets egen kontaktperson är en socialarbetare. Ibland arbetar en socialhandledare eller en familjearbetare som socialarbetarens arbetspar.

Familjernas situationer är mycket olika. Tillsammans med familjen och vid behov med andra aktörer ordnar socialarbetaren tillräckliga tjänster som stärker barnets välbefinnande och föräldrarnas ork. Stödet kan till exempel vara
- familjearbete
- en professionell stödperson
- en stödfamilj
- kamratgrupper
- möten med socialarbetaren

Målen för arbetet skrivs in i en klientplan, som barnet och familjen är med och gör upp. Socialarbetaren träffar barnet regelbundet och samordnar nätverket kring familjen. Målet är att lindra svårigheterna i vardagen och stärka familjens egna resurser och delaktighet. Föräldrarnas vilja att samarbeta är viktig i arbetet.',
    target_group => 'Barn som behöver särskilt stöd enligt socialvårdslagen och där det inte finns någon oro som gäller barnskydd, samt deras familjer. Man blir oftast klient via den inledande bedömningen av servicebehovet eller via öppenvården inom barnskyddet.',
    terms => 'Socialarbetaren bedömer om barnet behöver en klientrelation inom det sociala arbetet för barnfamiljer. Det kan behövas till exempel när
- barnets uppväxtförhållanden inte tryggar eller äventyrar barnets hälsa och utveckling
- barnet äventyrar sin hälsa eller utveckling genom sitt eget beteende
- barnet har svårt att söka och få de social- och hälsovårdstjänster det behöver, till exempel på grund av en kognitiv eller psykisk funktionsnedsättning eller sjukdom, problematiskt bruk av rusmedel eller flera samtidiga stödbehov
- barnet behöver en kamratgrupp, en stödperson eller en stödfamilj',
    how_to_get => 'Som förälder kan du kontakta socialvården och be att ditt barns stödbehov bedöms. En yrkesperson kan ta kontakt tillsammans med familjen.',
    legal_basis => 'Socialvårdslagen (1301/2014):
- 3 § (barn i behov av särskilt stöd)
- 15 § (socialt arbete)
- 34–36 § (klientrelation, kontakt och bedömning av servicebehovet)
- 39 § (klientplan)
- 42 § (egen kontaktperson)');
select pg_temp.describe(entry => 'lapsiperheiden-sosiaalityo', county_code => 'etela-savo', language => 'en',
    name => 'Social work for families with children',
    summary => 'A social worker''s support for a child who needs special support, and for the family, when there is no need for child welfare.',
    description => 'Social work for families with children is work under the Social Welfare Act with children who need special support and with their families. The child''s key worker is a social worker, sometimes working in a pair with a social instructor or a family worker.

Every family''s situation is different. Together with the family, and with others where needed, the social worker arranges enough services to strengthen the child''s wellbeing and help the parents cope. The support may include, for example,
- family work
- a professional support person
- a support family
- peer groups
- meetings with the social worker

The goals of the work are written into a client plan, which the child and the family help to make. The social worker meets the child regularly and coordinates the network around the family. The aim is to ease the difficulties of daily life and to strengthen the family''s own resources and participation. The parents'' willingness to work together is important.',
    target_group => 'Children who need special support as defined in the Social Welfare Act, where there is no child welfare concern, and their families. Clients usually come through the initial service need assessment or from child welfare open care.',
    terms => 'A social worker assesses whether the child needs to become a client of social work for families with children. This may be needed, for example, when
- the child''s growing conditions do not safeguard, or they endanger, the child''s health and development
- the child endangers their own health or development through their behaviour
- the child has difficulty seeking and getting the social and health services they need, for example because of a cognitive or mental disability or illness, problematic substance use, or several needs for support at once
- the child needs a peer group, a support person or a support family',
    how_to_get => 'As a parent you can contact social services and ask for an assessment of your child''s need for support. A professional can make the contact together with the family.',
    legal_basis => 'Social Welfare Act (1301/2014):
- section 3 (child in need of special support)
- section 15 (social work)
- sections 34–36 (client relationship, contact and service need assessment)
- section 39 (client plan)
- section 42 (key worker)');

-- etela-savo: sosiaaliohjaus
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0002-4000-8000-000000000002', id, 'sosiaaliohjaus', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0002-4000-8000-000000000002', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'sosiaaliohjaus', county_code => 'etela-savo', language => 'fi',
    name => 'Sosiaaliohjaus lastensuojelussa ja perheille',
    summary => 'Tavoitteellista ohjausta ja tukea lapselle ja perheelle arjen, kasvatuksen ja elämänmuutosten kysymyksissä, myös lastensuojelun asiakkaana.',
    description => 'Sosiaaliohjaus on sosiaalihuollon keskeinen työtapa. Lapsiperheet voivat saada sitä monissa perhekeskuksen palveluissa ja myös lastensuojelussa. Perhekeskus kokoaa yhteen lasten, nuorten ja perheiden palvelut hyvinvoinnin edistämisestä varhaiseen tukeen, hoitoon, kuntoutukseen ja erityispalveluihin.

Sosiaaliohjauksessa perhettä autetaan työskentelemällä yhdessä sovittuja tavoitteita kohti. Tarkoitus on vahvistaa lapsen, nuoren ja vanhemman omia voimavaroja ja kykyä selviytyä itsenäisesti. Ohjaaja auttaa perhettä myös löytämään ja yhdistämään sopivat palvelut. Palvelun sisältö suunnitellaan yhdessä perheen kanssa sen tarpeiden mukaan.

Lastensuojelun sosiaaliohjaus tähtää muuta lapsiperheiden sosiaaliohjausta selvemmin muutokseen. Muutoksen tavoitteet sovitaan lapsen, perheen ja sosiaalityöntekijän kesken. Ohjausta voi antaa sosiaalityöntekijän työpari tai työntekijä avohuollon tukitoimissa, kuten tehostetussa perhetyössä ja perhekuntoutuksessa. Sitä annetaan myös sijaishuollossa, esimerkiksi kiireellisen sijoituksen aikana ja silloin, kun arvioidaan lapsen paluuta kotiin.',
    target_group => 'Lapsiperheet, joilla on tuen tarvetta lasten kasvatuksessa tai hoidossa, elämäntilanteen muutoksessa tai arjen sujumisessa. Tällaisia tilanteita voivat olla esimerkiksi vauvan univaikeudet tai imetyksen pulmat, nuoren luvattomat poissaolot koulusta tai vanhempien uupumus.',
    terms => 'Lastensuojelun sosiaaliohjausta saa lapsi, joka on lastensuojelun asiakas. Asiakkuus alkaa, jos perhe tarvitsee lastensuojelulain mukaisia palveluja ja lapsen kasvuolot tai lapsen oma käytös vaarantavat hänen terveyttään tai kehitystään. Lapselle nimetään silloin hänen asioistaan vastaava sosiaalityöntekijä.

Muissa perhekeskuksen palveluissa sosiaaliohjausta voi saada ilman lastensuojelun asiakkuutta.',
    how_to_get => 'Palvelut suunnitellaan yhdessä perheen kanssa. Lastensuojelun palveluista päättää lapsen asioista vastaava sosiaalityöntekijä. Jos lastensuojelun asiakkuutta ei ole, voit pyytää tuen tarpeen arviointia ottamalla yhteyttä sosiaalihuoltoon.',
    legal_basis => 'Sosiaalihuoltolaki (1301/2014) 16 § (sosiaaliohjaus)
Lastensuojelulaki (417/2007):
- 13 b § (lapsen asioista vastaava sosiaalityöntekijä)
- 34–36 § (avohuollon tukitoimet)');
select pg_temp.describe(entry => 'sosiaaliohjaus', county_code => 'etela-savo', language => 'sv',
    name => 'Socialhandledning inom barnskyddet och för familjer',
    summary => 'Målinriktad handledning och stöd för barnet och familjen i frågor om vardag, fostran och förändringar i livet, också som klient inom barnskyddet.',
    description => 'Socialhandledning är en central arbetsform inom socialvården. Barnfamiljer kan få den i många av familjecentralens tjänster och också inom barnskyddet. Familjecentralen samlar tjänsterna för barn, unga och familjer, från främjande av välbefinnande till tidigt stöd, vård, rehabilitering och specialtjänster.

I socialhandledningen får familjen hjälp genom att man arbetar mot mål som man kommit överens om tillsammans. Syftet är att stärka barnets, den ungas och förälderns egna resurser och förmåga att klara sig självständigt. Handledaren hjälper också familjen att hitta och samordna lämpliga tjänster. Innehållet planeras tillsammans med familjen utifrån dess behov.

Socialhandledningen inom barnskyddet är tydligare inriktad på förändring än annan socialhandledning för barnfamiljer. Målen för förändringen bestäms av barnet, familjen och socialarbetaren tillsammans. Handledning kan ges av socialarbetarens arbetspar eller av anställda inom stödåtgärder inom öppenvården, till exempel intensifierat familjearbete och familjerehabilitering. Den ges också inom vården utom hemmet, till exempel under en brådskande placering och när man bedömer om barnet kan flytta hem igen.',
    target_group => 'Barnfamiljer som behöver stöd i fostran eller vård av barn, vid en förändring i livet eller i vardagen. Det kan till exempel gälla sömnsvårigheter hos en baby eller problem med amningen, en ung persons olovliga frånvaro från skolan eller föräldrar som är utmattade.',
    terms => 'Socialhandledning inom barnskyddet ges till barn som är klienter inom barnskyddet. En klientrelation inleds om familjen behöver tjänster enligt barnskyddslagen och barnets uppväxtförhållanden eller barnets eget beteende äventyrar barnets hälsa eller utveckling. Barnet får då en socialarbetare med ansvar för barnets angelägenheter.

I familjecentralens övriga tjänster kan man få socialhandledning utan en klientrelation inom barnskyddet.',
    how_to_get => 'Tjänsterna planeras tillsammans med familjen. Beslut om tjänster inom barnskyddet fattas av den socialarbetare som har ansvar för barnets angelägenheter. Om det inte finns någon klientrelation inom barnskyddet kan du kontakta socialvården och be om en bedömning av stödbehovet.',
    legal_basis => 'Socialvårdslagen (1301/2014) 16 § (socialhandledning)
Barnskyddslagen (417/2007):
- 13 b § (socialarbetare med ansvar för barnets angelägenheter)
- 34–36 § (stödåtgärder inom öppenvården)');
select pg_temp.describe(entry => 'sosiaaliohjaus', county_code => 'etela-savo', language => 'en',
    name => 'Social guidance in child welfare and for families',
    summary => 'Goal-oriented guidance and support for the child and family with everyday life, upbringing and changes in life, also as a child welfare client.',
    description => 'Social guidance is a central way of working in social welfare. Families with children can receive it in many family centre services, including child welfare. A family centre brings together services for children, young people and families, from promoting wellbeing to early support, care, rehabilitation and specialised services.

In social guidance the family is helped by working towards goals agreed together. The purpose is to strengthen the child''s, the young person''s and the parent''s own resources and ability to manage independently. The instructor also helps the family find suitable services and fit them together. The content is planned with the family according to its needs.

Social guidance in child welfare aims at change more clearly than other social guidance for families. The goals for change are agreed between the child, the family and the social worker. Guidance may be given by the social worker''s working partner or by staff in open-care support measures such as intensified family work and family rehabilitation. It is also given in substitute care, for example during an urgent placement and when assessing whether the child can return home.',
    target_group => 'Families with children who need support in bringing up or caring for their children, in a change in life or in managing daily life. Examples include a baby''s sleep problems or difficulties with breastfeeding, a young person''s unauthorised absences from school, or exhausted parents.',
    terms => 'Social guidance in child welfare is given to children who are child welfare clients. A client relationship starts if the family needs services under the Child Welfare Act and the child''s growing conditions or the child''s own behaviour endanger the child''s health or development. The child is then assigned a responsible social worker.

In other family centre services, social guidance is available without a child welfare client relationship.',
    how_to_get => 'Services are planned together with the family. Decisions on child welfare services are made by the child''s responsible social worker. If there is no child welfare client relationship, you can contact social services and ask for an assessment of the need for support.',
    legal_basis => 'Social Welfare Act (1301/2014), section 16 (social guidance)
Child Welfare Act (417/2007):
- section 13 b (responsible social worker)
- sections 34–36 (open-care support measures)');

-- etela-savo: lastensuojelun-avohuolto
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0003-4000-8000-000000000003', id, 'lastensuojelun-avohuolto', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0003-4000-8000-000000000003', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'lastensuojelun-avohuolto', county_code => 'etela-savo', language => 'fi',
    name => 'Lastensuojelun avohuolto',
    summary => 'Tukitoimia ja palveluja lapselle ja perheelle, kun palvelutarpeen arvioinnissa todetaan, että lapsi tarvitsee lastensuojelun tukea.',
    description => 'Lastensuojelun avohuollossa sosiaalityöntekijä etsii yhdessä lapsen tai nuoren, perheen ja tarvittaessa muiden läheisten ja ammattilaisten kanssa keinoja parantaa lapsen tilannetta. Hän järjestää tukitoimia ja palveluja sekä seuraa, miten ne toteutuvat ja auttavatko ne. Kaiken työn lähtökohta on lapsen etu.

Avohuolto tukee lasta ja perhettä, kun tukea tarvitaan esimerkiksi sosiaalisista tai taloudellisista syistä tai jaksamisen vuoksi. Tukimuotoja ovat muun muassa
- neuvonta ja terapia
- tukihenkilö ja tukiperhe
- perhetyö ja perhekuntoutus
- vertaisryhmät
- harrastusten, lomien ja virkistyksen tukeminen

Lapsi ja perhe voivat saada tukea myös esimerkiksi asumisolojen korjaamiseen, koulunkäyntiin ja opiskeluun sekä läheisten ihmissuhteiden ylläpitämiseen. Jokaiselle lapselle kootaan hänen tilanteeseensa sopiva kokonaisuus.',
    target_group => 'Lapset ja nuoret, jotka ovat lastensuojelun asiakkaita, ja heidän perheensä.',
    terms => 'Lapsen on oltava lastensuojelun asiakas. Avohuollon tukitoimet ovat vapaaehtoisia: ne edellyttävät huoltajien ja 12 vuotta täyttäneen lapsen suostumusta.',
    how_to_get => 'Lastensuojelun asiakkuus alkaa yleensä lastensuojeluilmoituksen tai sosiaalihuoltoon tehdyn yhteydenoton jälkeen. Lapsen tilanne selvitetään palvelutarpeen arvioinnissa. Jos arvioinnissa todetaan, että lapsi tarvitsee lastensuojelun tukea, hänelle nimetään hänen asioistaan vastaava sosiaalityöntekijä. Sosiaalityöntekijä laatii asiakassuunnitelman yhdessä lapsen tai nuoren ja huoltajien kanssa ja seuraa, miten sovitut palvelut ja tavoitteet toteutuvat.',
    legal_basis => 'Lastensuojelulaki (417/2007):
- 13 b § (lapsen asioista vastaava sosiaalityöntekijä)
- 26 § (palvelutarpeen arviointi)
- 30 § (asiakassuunnitelma)
- 34–37 § (avohuollon tukitoimet)');
select pg_temp.describe(entry => 'lastensuojelun-avohuolto', county_code => 'etela-savo', language => 'sv',
    name => 'Öppenvård inom barnskyddet',
    summary => 'Stödåtgärder och tjänster för barnet och familjen, när bedömningen av servicebehovet visar att barnet behöver stöd från barnskyddet.',
    description => 'Inom öppenvården inom barnskyddet söker socialarbetaren tillsammans med barnet eller den unga, familjen och vid behov andra närstående och yrkespersoner efter sätt att förbättra barnets situation. Socialarbetaren ordnar stödåtgärder och tjänster och följer upp hur de genomförs och om de hjälper. Utgångspunkten för allt arbete är barnets bästa.

Öppenvården stöder barnet och familjen när stöd behövs till exempel av sociala eller ekonomiska skäl eller för att orka. Stödformerna är bland annat
- rådgivning och terapi
- stödperson och stödfamilj
- familjearbete och familjerehabilitering
- kamratgrupper
- stöd för fritidsintressen, semester och rekreation

Barnet och familjen kan också få stöd till exempel för att förbättra bostadsförhållandena, för skolgång och studier och för att upprätthålla nära relationer. För varje barn sätts en helhet samman som passar barnets situation.',
    target_group => 'Barn och unga som är klienter inom barnskyddet, och deras familjer.',
    terms => 'Barnet ska vara klient inom barnskyddet. Stödåtgärderna inom öppenvården är frivilliga: de förutsätter samtycke av vårdnadshavarna och av barnet, om barnet har fyllt 12 år.',
    how_to_get => 'En klientrelation inom barnskyddet inleds vanligen efter en barnskyddsanmälan eller en kontakt med socialvården. Barnets situation utreds i en bedömning av servicebehovet. Om bedömningen visar att barnet behöver stöd från barnskyddet utses en socialarbetare med ansvar för barnets angelägenheter. Socialarbetaren gör upp en klientplan tillsammans med barnet eller den unga och vårdnadshavarna och följer upp hur de överenskomna tjänsterna och målen förverkligas.',
    legal_basis => 'Barnskyddslagen (417/2007):
- 13 b § (socialarbetare med ansvar för barnets angelägenheter)
- 26 § (bedömning av servicebehovet)
- 30 § (klientplan)
- 34–37 § (stödåtgärder inom öppenvården)');
select pg_temp.describe(entry => 'lastensuojelun-avohuolto', county_code => 'etela-savo', language => 'en',
    name => 'Child welfare open care',
    summary => 'Support measures and services for the child and family, when the service need assessment shows that the child needs support from child welfare.',
    description => 'In child welfare open care, the social worker looks for ways to improve the child''s situation together with the child or young person, the family and, where needed, other people close to them and professionals. The social worker arranges support measures and services and follows up how they are carried out and whether they help. The child''s best interest is the starting point of all the work.

Open care supports the child and family when support is needed, for example, for social or financial reasons or to help them cope. Forms of support include
- advice and therapy
- a support person and a support family
- family work and family rehabilitation
- peer groups
- support for hobbies, holidays and recreation

The child and family can also get support, for example, to improve housing conditions, with school and studies, and to keep up close relationships. For each child, a set of support that suits their situation is put together.',
    target_group => 'Children and young people who are child welfare clients, and their families.',
    terms => 'The child must be a child welfare client. Open-care support measures are voluntary: they require the consent of the guardians and of a child aged 12 or over.',
    how_to_get => 'A child welfare client relationship usually starts after a child welfare notification or a contact request to social services. The child''s situation is looked into in a service need assessment. If the assessment shows that the child needs support from child welfare, a responsible social worker is named for the child. The social worker draws up a client plan together with the child or young person and the guardians and follows up how the agreed services and goals are realised.',
    legal_basis => 'Child Welfare Act (417/2007):
- section 13 b (responsible social worker)
- section 26 (service need assessment)
- section 30 (client plan)
- sections 34–37 (open-care support measures)');

-- suupohja: lastensuojelun-avohuolto
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a2000-0001-4000-8000-000000000001', id, 'lastensuojelun-avohuolto', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'suupohja';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a2000-0001-4000-8000-000000000001', m.code from municipality m join county c on c.id = m.county_id where c.code = 'suupohja';
select pg_temp.describe(entry => 'lastensuojelun-avohuolto', county_code => 'suupohja', language => 'fi',
    name => 'Lastensuojelun avohuolto',
    summary => 'Tukitoimia ja palveluja lapselle ja perheelle, kun palvelutarpeen arvioinnissa todetaan, että lapsi tarvitsee lastensuojelun tukea.',
    description => 'Lastensuojelun avohuollossa sosiaalityöntekijä etsii yhdessä lapsen tai nuoren, perheen ja tarvittaessa muiden läheisten ja ammattilaisten kanssa keinoja parantaa lapsen tilannetta. Hän järjestää tukitoimia ja palveluja sekä seuraa, miten ne toteutuvat ja auttavatko ne. Kaiken työn lähtökohta on lapsen etu.

Avohuolto tukee lasta ja perhettä, kun tukea tarvitaan esimerkiksi sosiaalisista tai taloudellisista syistä tai jaksamisen vuoksi. Tukimuotoja ovat muun muassa
- neuvonta ja terapia
- tukihenkilö ja tukiperhe
- perhetyö ja perhekuntoutus
- vertaisryhmät
- harrastusten, lomien ja virkistyksen tukeminen

Lapsi ja perhe voivat saada tukea myös esimerkiksi asumisolojen korjaamiseen, koulunkäyntiin ja opiskeluun sekä läheisten ihmissuhteiden ylläpitämiseen. Jokaiselle lapselle kootaan hänen tilanteeseensa sopiva kokonaisuus.',
    target_group => 'Lapset ja nuoret, jotka ovat lastensuojelun asiakkaita, ja heidän perheensä.',
    terms => 'Lapsen on oltava lastensuojelun asiakas. Avohuollon tukitoimet ovat vapaaehtoisia: ne edellyttävät huoltajien ja 12 vuotta täyttäneen lapsen suostumusta.',
    how_to_get => 'Lastensuojelun asiakkuus alkaa yleensä lastensuojeluilmoituksen tai sosiaalihuoltoon tehdyn yhteydenoton jälkeen. Lapsen tilanne selvitetään palvelutarpeen arvioinnissa. Jos arvioinnissa todetaan, että lapsi tarvitsee lastensuojelun tukea, hänelle nimetään hänen asioistaan vastaava sosiaalityöntekijä. Sosiaalityöntekijä laatii asiakassuunnitelman yhdessä lapsen tai nuoren ja huoltajien kanssa ja seuraa, miten sovitut palvelut ja tavoitteet toteutuvat.

Voit myös itse hakea apua ottamalla yhteyttä palvelutarpeen arviointitiimiin.',
    legal_basis => 'Lastensuojelulaki (417/2007):
- 13 b § (lapsen asioista vastaava sosiaalityöntekijä)
- 26 § (palvelutarpeen arviointi)
- 30 § (asiakassuunnitelma)
- 34–37 § (avohuollon tukitoimet)');
select pg_temp.describe(entry => 'lastensuojelun-avohuolto', county_code => 'suupohja', language => 'sv',
    name => 'Öppenvård inom barnskyddet',
    summary => 'Stödåtgärder och tjänster för barnet och familjen, när bedömningen av servicebehovet visar att barnet behöver stöd från barnskyddet.',
    description => 'Inom öppenvården inom barnskyddet söker socialarbetaren tillsammans med barnet eller den unga, familjen och vid behov andra närstående och yrkespersoner efter sätt att förbättra barnets situation. Socialarbetaren ordnar stödåtgärder och tjänster och följer upp hur de genomförs och om de hjälper. Utgångspunkten för allt arbete är barnets bästa.

Öppenvården stöder barnet och familjen när stöd behövs till exempel av sociala eller ekonomiska skäl eller för att orka. Stödformerna är bland annat
- rådgivning och terapi
- stödperson och stödfamilj
- familjearbete och familjerehabilitering
- kamratgrupper
- stöd för fritidsintressen, semester och rekreation

Barnet och familjen kan också få stöd till exempel för att förbättra bostadsförhållandena, för skolgång och studier och för att upprätthålla nära relationer. För varje barn sätts en helhet samman som passar barnets situation.',
    target_group => 'Barn och unga som är klienter inom barnskyddet, och deras familjer.',
    terms => 'Barnet ska vara klient inom barnskyddet. Stödåtgärderna inom öppenvården är frivilliga: de förutsätter samtycke av vårdnadshavarna och av barnet, om barnet har fyllt 12 år.',
    how_to_get => 'En klientrelation inom barnskyddet inleds vanligen efter en barnskyddsanmälan eller en kontakt med socialvården. Barnets situation utreds i en bedömning av servicebehovet. Om bedömningen visar att barnet behöver stöd från barnskyddet utses en socialarbetare med ansvar för barnets angelägenheter. Socialarbetaren gör upp en klientplan tillsammans med barnet eller den unga och vårdnadshavarna och följer upp hur de överenskomna tjänsterna och målen förverkligas.

Du kan också själv söka hjälp genom att kontakta teamet för bedömning av servicebehovet.',
    legal_basis => 'Barnskyddslagen (417/2007):
- 13 b § (socialarbetare med ansvar för barnets angelägenheter)
- 26 § (bedömning av servicebehovet)
- 30 § (klientplan)
- 34–37 § (stödåtgärder inom öppenvården)');
select pg_temp.describe(entry => 'lastensuojelun-avohuolto', county_code => 'suupohja', language => 'en',
    name => 'Child welfare open care',
    summary => 'Support measures and services for the child and family, when the service need assessment shows that the child needs support from child welfare.',
    description => 'In child welfare open care, the social worker looks for ways to improve the child''s situation together with the child or young person, the family and, where needed, other people close to them and professionals. The social worker arranges support measures and services and follows up how they are carried out and whether they help. The child''s best interest is the starting point of all the work.

Open care supports the child and family when support is needed, for example, for social or financial reasons or to help them cope. Forms of support include
- advice and therapy
- a support person and a support family
- family work and family rehabilitation
- peer groups
- support for hobbies, holidays and recreation

The child and family can also get support, for example, to improve housing conditions, with school and studies, and to keep up close relationships. For each child, a set of support that suits their situation is put together.',
    target_group => 'Children and young people who are child welfare clients, and their families.',
    terms => 'The child must be a child welfare client. Open-care support measures are voluntary: they require the consent of the guardians and of a child aged 12 or over.',
    how_to_get => 'A child welfare client relationship usually starts after a child welfare notification or a contact request to social services. The child''s situation is looked into in a service need assessment. If the assessment shows that the child needs support from child welfare, a responsible social worker is named for the child. The social worker draws up a client plan together with the child or young person and the guardians and follows up how the agreed services and goals are realised.

You can also seek help yourself by contacting the service need assessment team.',
    legal_basis => 'Child Welfare Act (417/2007):
- section 13 b (responsible social worker)
- section 26 (service need assessment)
- section 30 (client plan)
- sections 34–37 (open-care support measures)');

-- etela-savo: perhetyo
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0004-4000-8000-000000000004', id, 'perhetyo', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0004-4000-8000-000000000004', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'perhetyo', county_code => 'etela-savo', language => 'fi',
    name => 'Perhetyö',
    summary => 'Sosiaalihuoltolain mukaista tukea vanhemmuuteen ja perheen arkeen mahdollisimman varhain, ilman lastensuojelun asiakkuutta.',
    description => 'Perhetyöllä tuetaan lapsen ja hänen perheensä hyvinvointia. Tavoitteena on vahvistaa perheen voimavaroja ja parantaa perheenjäsenten vuorovaikutusta. Perhetyö voi olla ennaltaehkäisevää tai tilannetta korjaavaa, ja se on suunnitelmallista, kokonaisvaltaista ja pitkäjänteistä.

Perhetyö pyrkii tukemaan perhettä heti, kun huoli on havaittu. Perhetyössä esimerkiksi
- tuetaan vanhemmuutta
- ohjataan lasten hoidossa ja kasvatuksessa
- autetaan arjen rutiinien ja kodin arjen hallinnassa
- vahvistetaan perheen toimintakykyä ja vuorovaikutustaitoja
- autetaan perhettä laajentamaan sosiaalista verkostoaan
- ehkäistään syrjäytymistä

Perhetyö tukee myös erityistä tukea tarvitsevien lasten ja nuorten terveyttä ja kehitystä.',
    target_group => 'Lapsiperheet, jotka tarvitsevat tukea vanhemmuuteen, lasten hoitoon ja kasvatukseen tai arjen sujumiseen.',
    terms => 'Sosiaalihuoltolain mukainen perhetyö ei edellytä lastensuojelun asiakkuutta. Myös lastensuojelun asiakkaana oleva lapsi ja hänen perheensä voivat saada tätä perhetyötä. Vanhempien ja koko perheen on tärkeää sitoutua yhdessä tehtyyn suunnitelmaan.',
    how_to_get => 'Voit hakea perhetyötä suoraan tai ottaa yhteyttä sosiaalihuoltoon ja pyytää tuen tarpeen arviointia. Perhetyön tavoitteet sovitaan yhdessä perheen kanssa.',
    legal_basis => 'Sosiaalihuoltolaki (1301/2014):
- 18 § (perhetyö)
- 36 § (palvelutarpeen arviointi)
- 45 § (päätös palvelun järjestämisestä)');
select pg_temp.describe(entry => 'perhetyo', county_code => 'etela-savo', language => 'sv',
    name => 'Familjearbete',
    summary => 'Stöd enligt socialvårdslagen för föräldraskapet och familjens vardag så tidigt som möjligt, utan klientrelation inom barnskyddet.',
    description => 'Familjearbetet stöder barnets och familjens välbefinnande. Målet är att stärka familjens resurser och förbättra samspelet mellan familjemedlemmarna. Familjearbetet kan vara förebyggande eller korrigerande, och det är planmässigt, helhetsinriktat och långsiktigt.

Familjearbetet strävar efter att stödja familjen genast när en oro har upptäckts. I familjearbetet kan man till exempel
- stödja föräldraskapet
- ge handledning i vård och fostran av barn
- hjälpa till med vardagens rutiner och hemmets vardag
- stärka familjens funktionsförmåga och förmåga till samspel
- hjälpa familjen att utvidga sitt sociala nätverk
- förebygga utanförskap

Familjearbetet stöder också hälsan och utvecklingen hos barn och unga som behöver särskilt stöd.',
    target_group => 'Barnfamiljer som behöver stöd i föräldraskapet, i vård och fostran av barn eller i vardagen.',
    terms => 'Familjearbete enligt socialvårdslagen förutsätter ingen klientrelation inom barnskyddet. Också ett barn som är klient inom barnskyddet och barnets familj kan få detta familjearbete. Det är viktigt att föräldrarna och hela familjen förbinder sig till den plan som man har gjort upp tillsammans.',
    how_to_get => 'Du kan söka familjearbete direkt eller kontakta socialvården och be om en bedömning av stödbehovet. Målen för familjearbetet bestäms tillsammans med familjen.',
    legal_basis => 'Socialvårdslagen (1301/2014):
- 18 § (familjearbete)
- 36 § (bedömning av servicebehovet)
- 45 § (beslut om att ordna tjänster)');
select pg_temp.describe(entry => 'perhetyo', county_code => 'etela-savo', language => 'en',
    name => 'Family work',
    summary => 'Support under the Social Welfare Act for parenting and the family''s everyday life as early as possible, without a child welfare client relationship.',
    description => 'Family work supports the wellbeing of the child and the family. It aims to strengthen the family''s resources and improve interaction between family members. Family work can be preventive or corrective, and it is planned, comprehensive and long-term.

Family work aims to support the family as soon as a concern has been noticed. In family work, for example,
- parenting is supported
- parents are guided in caring for and bringing up their children
- the family gets help with daily routines and running the home
- the family''s ability to function and to interact is strengthened
- the family is helped to widen its social network
- social exclusion is prevented

Family work also supports the health and development of children and young people who need special support.',
    target_group => 'Families with children who need support with parenting, with caring for and bringing up children, or with everyday life.',
    terms => 'Family work under the Social Welfare Act does not require a child welfare client relationship. A child who is a child welfare client, and the child''s family, can also receive this family work. It is important that the parents and the whole family commit to the plan made together.',
    how_to_get => 'You can apply for family work directly, or contact social services and ask for an assessment of your need for support. The goals of family work are agreed with the family.',
    legal_basis => 'Social Welfare Act (1301/2014):
- section 18 (family work)
- section 36 (service need assessment)
- section 45 (decision on arranging a service)');

-- etela-savo: tehostettu-perhetyo
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0005-4000-8000-000000000005', id, 'tehostettu-perhetyo', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0005-4000-8000-000000000005', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'tehostettu-perhetyo', county_code => 'etela-savo', language => 'fi',
    name => 'Tehostettu perhetyö',
    summary => 'Lastensuojelun avohuollon tukitoimena annettavaa tavoitteellista ja tiivistä perhetyötä lastensuojelun asiakasperheelle.',
    description => 'Tehostettu perhetyö on lastensuojelulain mukainen avohuollon tukitoimi. Se on suunnitelmallista, kokonaisvaltaista ja pitkäjänteistä työtä, jossa perhettä tuetaan kokonaisuutena ja jokaisen perheenjäsenen tarpeet otetaan huomioon.

Työn päämäärä on saada aikaan yhdessä määritelty muutos, jotta perheen arki sujuu. Työtä tekevät perhetyöntekijät ja sosiaaliohjaajat yhteistyössä lapsen asioista vastaavan sosiaalityöntekijän kanssa.',
    target_group => 'Lastensuojelun asiakkaina olevat lapset ja heidän perheensä, kun tilanne vaatii tiiviimpää tukea kuin sosiaalihuoltolain mukainen perhetyö.',
    terms => 'Lapsen on oltava lastensuojelun asiakas. Vanhempien ja koko perheen on sitouduttava yhdessä sovittuun suunnitelmaan. Tukitoimi on vapaaehtoinen ja edellyttää huoltajien ja 12 vuotta täyttäneen lapsen suostumusta.',
    how_to_get => 'Tehostettuun perhetyöhön tullaan lastensuojelun sosiaalityöntekijän arvion ja päätöksen kautta. Tarve kirjataan lapsen asiakassuunnitelmaan.',
    legal_basis => 'Lastensuojelulaki (417/2007):
- 30 § (asiakassuunnitelma)
- 34 § (avohuollon tukitoimien järjestäminen)
- 36 § (muut avohuollon tukitoimet, tehostettu perhetyö)');
select pg_temp.describe(entry => 'tehostettu-perhetyo', county_code => 'etela-savo', language => 'sv',
    name => 'Intensifierat familjearbete',
    summary => 'Målinriktat och intensivt familjearbete som stödåtgärd inom öppenvården för familjer som är klienter inom barnskyddet.',
    description => 'Intensifierat familjearbete är en stödåtgärd inom öppenvården enligt barnskyddslagen. Det är planmässigt, helhetsinriktat och långsiktigt arbete där familjen stöds som helhet och varje familjemedlems behov beaktas.

Målet är att åstadkomma en förändring som man har kommit överens om tillsammans, så att familjens vardag fungerar. Arbetet utförs av familjearbetare och socialhandledare i samarbete med den socialarbetare som har ansvar för barnets angelägenheter.',
    target_group => 'Barn som är klienter inom barnskyddet och deras familjer, när situationen kräver tätare stöd än familjearbete enligt socialvårdslagen.',
    terms => 'Barnet ska vara klient inom barnskyddet. Föräldrarna och hela familjen ska förbinda sig till den plan man har kommit överens om. Stödåtgärden är frivillig och förutsätter samtycke av vårdnadshavarna och av barnet, om barnet har fyllt 12 år.',
    how_to_get => 'Man får intensifierat familjearbete efter en bedömning och ett beslut av socialarbetaren inom barnskyddet. Behovet skrivs in i barnets klientplan.',
    legal_basis => 'Barnskyddslagen (417/2007):
- 30 § (klientplan)
- 34 § (skyldighet att ordna stödåtgärder inom öppenvården)
- 36 § (andra stödåtgärder inom öppenvården, intensifierat familjearbete)');
select pg_temp.describe(entry => 'tehostettu-perhetyo', county_code => 'etela-savo', language => 'en',
    name => 'Intensified family work',
    summary => 'Goal-oriented, intensive family work given as an open-care support measure to families who are child welfare clients.',
    description => 'Intensified family work is an open-care support measure under the Child Welfare Act. It is planned, comprehensive and long-term work in which the family is supported as a whole and the needs of each family member are taken into account.

The aim is to bring about a change agreed together, so that the family''s everyday life works. The work is done by family workers and social instructors together with the child''s responsible social worker.',
    target_group => 'Children who are child welfare clients and their families, when the situation calls for closer support than family work under the Social Welfare Act.',
    terms => 'The child must be a child welfare client. The parents and the whole family need to commit to the plan agreed together. The support measure is voluntary and requires the consent of the guardians and of a child aged 12 or over.',
    how_to_get => 'Intensified family work starts after an assessment and a decision by the child welfare social worker. The need is written into the child''s client plan.',
    legal_basis => 'Child Welfare Act (417/2007):
- section 30 (client plan)
- section 34 (duty to arrange open-care support measures)
- section 36 (other open-care support measures, intensified family work)');

-- etela-savo: tukihenkilo
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0006-4000-8000-000000000006', id, 'tukihenkilo', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0006-4000-8000-000000000006', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'tukihenkilo', county_code => 'etela-savo', language => 'fi',
    name => 'Tukihenkilö',
    summary => 'Aikuinen, joka tapaa lasta tai nuorta säännöllisesti yhteisen tekemisen tai harrastuksen merkeissä.',
    description => 'Tukihenkilö on aikuinen, joka on lapsen tai nuoren tukena. Tukihenkilö ja lapsi tapaavat lapsen omassa arkiympäristössä ja tekevät yhdessä jotakin, esimerkiksi harrastavat. Tapaamiset kestävät tavallisesti pari tuntia, ja niitä on yleensä viikon tai kahden välein.

Tukihenkilö voi olla myös ammatillinen tukihenkilö. Tukihenkilötoiminnan tavoitteet sovitaan lapsen asiakassuunnitelmassa.',
    target_group => 'Lapset ja nuoret, jotka tarvitsevat sosiaalihuoltolain mukaan erityistä tukea, sekä lapset ja nuoret, jotka ovat lastensuojelun asiakkaita.',
    terms => 'Sosiaalityöntekijä arvioi yhdessä lapsen ja perheen kanssa, sopiiko tukihenkilö lapsen tueksi. Lastensuojelun avohuollon tukitoimena se edellyttää huoltajien ja 12 vuotta täyttäneen lapsen suostumusta.',
    how_to_get => 'Jos lapsella on jo sosiaalityöntekijä, kysy asiasta häneltä. Muuten voit ottaa yhteyttä sosiaalihuoltoon ja pyytää lapsen tuen tarpeen arviointia.',
    legal_basis => 'Sosiaalihuoltolaki (1301/2014) 28 § (tukihenkilö, tukiperhe ja vertaisryhmät)
Lastensuojelulaki (417/2007) 36 § (muut avohuollon tukitoimet)');
select pg_temp.describe(entry => 'tukihenkilo', county_code => 'etela-savo', language => 'sv',
    name => 'Stödperson',
    summary => 'En vuxen som regelbundet träffar barnet eller den unga för att göra något tillsammans eller utöva en hobby.',
    description => 'En stödperson är en vuxen som finns till som stöd för ett barn eller en ung person. Stödpersonen och barnet träffas i barnets egen vardagsmiljö och gör något tillsammans, till exempel utövar en hobby. Träffarna varar vanligen ett par timmar och äger oftast rum med en eller två veckors mellanrum.

Stödpersonen kan också vara en professionell stödperson. Målen för stödpersonsverksamheten bestäms i barnets klientplan.',
    target_group => 'Barn och unga som behöver särskilt stöd enligt socialvårdslagen, och barn och unga som är klienter inom barnskyddet.',
    terms => 'Socialarbetaren bedömer tillsammans med barnet och familjen om en stödperson passar som stöd för barnet. Som stödåtgärd inom öppenvården inom barnskyddet förutsätter det samtycke av vårdnadshavarna och av barnet, om barnet har fyllt 12 år.',
    how_to_get => 'Om barnet redan har en socialarbetare, fråga socialarbetaren. Annars kan du kontakta socialvården och be om en bedömning av barnets stödbehov.',
    legal_basis => 'Socialvårdslagen (1301/2014) 28 § (stödperson, stödfamilj och kamratgrupper)
Barnskyddslagen (417/2007) 36 § (andra stödåtgärder inom öppenvården)');
select pg_temp.describe(entry => 'tukihenkilo', county_code => 'etela-savo', language => 'en',
    name => 'Support person',
    summary => 'An adult who meets the child or young person regularly to do things together or share a hobby.',
    description => 'A support person is an adult who is there to support a child or young person. The support person and the child meet in the child''s own everyday surroundings and do something together, such as a hobby. The meetings usually last a couple of hours and take place every week or two.

The support person may also be a professional support person. The goals of the support are agreed in the child''s client plan.',
    target_group => 'Children and young people who need special support under the Social Welfare Act, and children and young people who are child welfare clients.',
    terms => 'The social worker assesses together with the child and family whether a support person suits the child. As a child welfare open-care support measure, it requires the consent of the guardians and of a child aged 12 or over.',
    how_to_get => 'If the child already has a social worker, ask them. Otherwise you can contact social services and ask for an assessment of the child''s need for support.',
    legal_basis => 'Social Welfare Act (1301/2014), section 28 (support person, support family and peer groups)
Child Welfare Act (417/2007), section 36 (other open-care support measures)');

-- etela-savo: tukiperhe
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0007-4000-8000-000000000007', id, 'tukiperhe', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0007-4000-8000-000000000007', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'tukiperhe', county_code => 'etela-savo', language => 'fi',
    name => 'Tukiperhe',
    summary => 'Perhe, jonka luona lapsi viettää säännöllisesti aikaa ja yöpyy, esimerkiksi yhtenä viikonloppuna kuukaudessa.',
    description => 'Tukiperhetoiminnassa lapsi osallistuu tukiperheen tavalliseen arkeen ja yöpyy perheen luona, tavallisesti esimerkiksi yhden viikonlopun kuukaudessa. Tukiperhe on yksi lapsiperheiden sosiaalityön ja lastensuojelun avohuollon tukimuodoista.

Tukiperhetoiminnan tavoitteet ja se, kuinka usein lapsi on tukiperheessä, sovitaan lapsen asiakassuunnitelmassa.',
    target_group => 'Lapset ja nuoret, jotka tarvitsevat sosiaalihuoltolain mukaan erityistä tukea, sekä lapset ja nuoret, jotka ovat lastensuojelun asiakkaita.',
    terms => 'Sosiaalityöntekijä arvioi yhdessä lapsen ja perheen kanssa, sopiiko tukiperhe lapsen tueksi. Lastensuojelun avohuollon tukitoimena se edellyttää huoltajien ja 12 vuotta täyttäneen lapsen suostumusta.',
    how_to_get => 'Jos lapsella on jo sosiaalityöntekijä, kysy asiasta häneltä. Muuten voit ottaa yhteyttä sosiaalihuoltoon ja pyytää lapsen tuen tarpeen arviointia.',
    legal_basis => 'Sosiaalihuoltolaki (1301/2014) 28 § (tukihenkilö, tukiperhe ja vertaisryhmät)
Lastensuojelulaki (417/2007) 36 § (muut avohuollon tukitoimet)');
select pg_temp.describe(entry => 'tukiperhe', county_code => 'etela-savo', language => 'sv',
    name => 'Stödfamilj',
    summary => 'En familj där barnet regelbundet tillbringar tid och övernattar, till exempel en helg i månaden.',
    description => 'I stödfamiljsverksamheten deltar barnet i stödfamiljens vanliga vardag och övernattar hos familjen, vanligen till exempel en helg i månaden. Stödfamiljen är en av stödformerna inom det sociala arbetet för barnfamiljer och inom öppenvården inom barnskyddet.

Målen och hur ofta barnet är i stödfamiljen bestäms i barnets klientplan.',
    target_group => 'Barn och unga som behöver särskilt stöd enligt socialvårdslagen, och barn och unga som är klienter inom barnskyddet.',
    terms => 'Socialarbetaren bedömer tillsammans med barnet och familjen om en stödfamilj passar som stöd för barnet. Som stödåtgärd inom öppenvården inom barnskyddet förutsätter det samtycke av vårdnadshavarna och av barnet, om barnet har fyllt 12 år.',
    how_to_get => 'Om barnet redan har en socialarbetare, fråga socialarbetaren. Annars kan du kontakta socialvården och be om en bedömning av barnets stödbehov.',
    legal_basis => 'Socialvårdslagen (1301/2014) 28 § (stödperson, stödfamilj och kamratgrupper)
Barnskyddslagen (417/2007) 36 § (andra stödåtgärder inom öppenvården)');
select pg_temp.describe(entry => 'tukiperhe', county_code => 'etela-savo', language => 'en',
    name => 'Support family',
    summary => 'A family with whom the child regularly spends time and stays overnight, for example one weekend a month.',
    description => 'In support family activities the child takes part in the support family''s ordinary daily life and stays overnight with them, typically for example one weekend a month. A support family is one of the forms of support in social work for families with children and in child welfare open care.

The goals, and how often the child stays with the support family, are agreed in the child''s client plan.',
    target_group => 'Children and young people who need special support under the Social Welfare Act, and children and young people who are child welfare clients.',
    terms => 'The social worker assesses together with the child and family whether a support family suits the child. As a child welfare open-care support measure, it requires the consent of the guardians and of a child aged 12 or over.',
    how_to_get => 'If the child already has a social worker, ask them. Otherwise you can contact social services and ask for an assessment of the child''s need for support.',
    legal_basis => 'Social Welfare Act (1301/2014), section 28 (support person, support family and peer groups)
Child Welfare Act (417/2007), section 36 (other open-care support measures)');

-- etela-savo: vertaisryhmat
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0008-4000-8000-000000000008', id, 'vertaisryhmat', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0008-4000-8000-000000000008', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'vertaisryhmat', county_code => 'etela-savo', language => 'fi',
    name => 'Vertaisryhmät',
    summary => 'Ryhmiä, joissa lapset, nuoret tai vanhemmat tapaavat muita samankaltaisessa tilanteessa olevia.',
    description => 'Vertaisryhmässä lapsi, nuori tai vanhempi tapaa muita, joilla on samankaltaisia kokemuksia tai samanlainen elämäntilanne. Vertaisryhmät ovat yksi erityistä tukea tarvitsevien lasten ja lastensuojelun avohuollon tukimuodoista.

Se, sopiiko ryhmä lapselle ja mitkä ovat sen tavoitteet, sovitaan lapsen asiakassuunnitelmassa.',
    target_group => 'Lapset ja nuoret, jotka tarvitsevat sosiaalihuoltolain mukaan erityistä tukea, sekä lapset ja nuoret, jotka ovat lastensuojelun asiakkaita.',
    terms => 'Sosiaalityöntekijä arvioi yhdessä lapsen ja perheen kanssa, sopiiko vertaisryhmä lapsen tueksi. Lastensuojelun avohuollon tukitoimena se edellyttää huoltajien ja 12 vuotta täyttäneen lapsen suostumusta.',
    how_to_get => 'Jos lapsella on jo sosiaalityöntekijä, kysy asiasta häneltä. Muuten voit ottaa yhteyttä sosiaalihuoltoon ja pyytää lapsen tuen tarpeen arviointia.',
    legal_basis => 'Sosiaalihuoltolaki (1301/2014) 28 § (tukihenkilö, tukiperhe ja vertaisryhmät)
Lastensuojelulaki (417/2007) 36 § (muut avohuollon tukitoimet)');
select pg_temp.describe(entry => 'vertaisryhmat', county_code => 'etela-savo', language => 'sv',
    name => 'Kamratgrupper',
    summary => 'Grupper där barn, unga eller föräldrar träffar andra i en liknande situation.',
    description => 'I en kamratgrupp träffar barnet, den unga eller föräldern andra som har liknande erfarenheter eller en liknande livssituation. Kamratgrupper är en av stödformerna för barn som behöver särskilt stöd och inom öppenvården inom barnskyddet.

Om en grupp passar barnet och vilka målen är bestäms i barnets klientplan.',
    target_group => 'Barn och unga som behöver särskilt stöd enligt socialvårdslagen, och barn och unga som är klienter inom barnskyddet.',
    terms => 'Socialarbetaren bedömer tillsammans med barnet och familjen om en kamratgrupp passar som stöd för barnet. Som stödåtgärd inom öppenvården inom barnskyddet förutsätter det samtycke av vårdnadshavarna och av barnet, om barnet har fyllt 12 år.',
    how_to_get => 'Om barnet redan har en socialarbetare, fråga socialarbetaren. Annars kan du kontakta socialvården och be om en bedömning av barnets stödbehov.',
    legal_basis => 'Socialvårdslagen (1301/2014) 28 § (stödperson, stödfamilj och kamratgrupper)
Barnskyddslagen (417/2007) 36 § (andra stödåtgärder inom öppenvården)');
select pg_temp.describe(entry => 'vertaisryhmat', county_code => 'etela-savo', language => 'en',
    name => 'Peer groups',
    summary => 'Groups where children, young people or parents meet others in a similar situation.',
    description => 'In a peer group a child, young person or parent meets others who have similar experiences or a similar situation in life. Peer groups are one of the forms of support for children who need special support and in child welfare open care.

Whether a group suits the child, and what its goals are, is agreed in the child''s client plan.',
    target_group => 'Children and young people who need special support under the Social Welfare Act, and children and young people who are child welfare clients.',
    terms => 'The social worker assesses together with the child and family whether a peer group suits the child. As a child welfare open-care support measure, it requires the consent of the guardians and of a child aged 12 or over.',
    how_to_get => 'If the child already has a social worker, ask them. Otherwise you can contact social services and ask for an assessment of the child''s need for support.',
    legal_basis => 'Social Welfare Act (1301/2014), section 28 (support person, support family and peer groups)
Child Welfare Act (417/2007), section 36 (other open-care support measures)');

-- etela-savo: perhekuntoutus
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a1000-0009-4000-8000-000000000009', id, 'perhekuntoutus', array['fi'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'etela-savo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a1000-0009-4000-8000-000000000009', m.code from municipality m join county c on c.id = m.county_id where c.code = 'etela-savo';
select pg_temp.describe(entry => 'perhekuntoutus', county_code => 'etela-savo', language => 'fi',
    name => 'Perhekuntoutus',
    summary => 'Lastensuojelun avohuollon tukitoimi, jossa koko perhe työskentelee tilanteensa parantamiseksi ammattilaisten tuella.',
    description => 'Perhekuntoutus on lastensuojelun avohuollon tukitoimi. Siinä työskennellään koko perheen kanssa, jotta perheen arki ja vuorovaikutus sujuisivat ja lapsen kasvuolot paranisivat. Perhekuntoutuksessa työskentelee muun muassa sosiaaliohjausta antavia työntekijöitä.

Perhekuntoutuksen tavoitteet sovitaan lapsen asiakassuunnitelmassa yhdessä lapsen, perheen ja lapsen asioista vastaavan sosiaalityöntekijän kanssa.',
    target_group => 'Lastensuojelun asiakkaina olevat lapset ja heidän perheensä.',
    terms => 'Lapsen on oltava lastensuojelun asiakas. Tukitoimi on vapaaehtoinen ja edellyttää huoltajien ja 12 vuotta täyttäneen lapsen suostumusta.',
    how_to_get => 'Perhekuntoutuksesta päättää lapsen asioista vastaava sosiaalityöntekijä lastensuojelun arvion perusteella. Kysy perhekuntoutuksesta lapsen sosiaalityöntekijältä.',
    legal_basis => 'Lastensuojelulaki (417/2007):
- 30 § (asiakassuunnitelma)
- 34 § (avohuollon tukitoimien järjestäminen)
- 36 § (muut avohuollon tukitoimet, perhekuntoutus)');
select pg_temp.describe(entry => 'perhekuntoutus', county_code => 'etela-savo', language => 'sv',
    name => 'Familjerehabilitering',
    summary => 'En stödåtgärd inom öppenvården inom barnskyddet där hela familjen arbetar för att förbättra sin situation med stöd av yrkespersoner.',
    description => 'Familjerehabilitering är en stödåtgärd inom öppenvården inom barnskyddet. Man arbetar med hela familjen för att familjens vardag och samspel ska fungera och barnets uppväxtförhållanden förbättras. I familjerehabiliteringen arbetar bland annat anställda som ger socialhandledning.

Målen för familjerehabiliteringen bestäms i barnets klientplan tillsammans med barnet, familjen och den socialarbetare som har ansvar för barnets angelägenheter.',
    target_group => 'Barn som är klienter inom barnskyddet och deras familjer.',
    terms => 'Barnet ska vara klient inom barnskyddet. Stödåtgärden är frivillig och förutsätter samtycke av vårdnadshavarna och av barnet, om barnet har fyllt 12 år.',
    how_to_get => 'Beslut om familjerehabilitering fattas av den socialarbetare som har ansvar för barnets angelägenheter, utifrån barnskyddets bedömning. Fråga barnets socialarbetare om familjerehabilitering.',
    legal_basis => 'Barnskyddslagen (417/2007):
- 30 § (klientplan)
- 34 § (skyldighet att ordna stödåtgärder inom öppenvården)
- 36 § (andra stödåtgärder inom öppenvården, familjerehabilitering)');
select pg_temp.describe(entry => 'perhekuntoutus', county_code => 'etela-savo', language => 'en',
    name => 'Family rehabilitation',
    summary => 'A child welfare open-care support measure in which the whole family works on its situation with the support of professionals.',
    description => 'Family rehabilitation is a child welfare open-care support measure. The work is done with the whole family, so that daily life and interaction in the family work better and the child''s growing conditions improve. Staff who give social guidance are among those who work in family rehabilitation.

The goals of family rehabilitation are agreed in the child''s client plan together with the child, the family and the child''s responsible social worker.',
    target_group => 'Children who are child welfare clients and their families.',
    terms => 'The child must be a child welfare client. The support measure is voluntary and requires the consent of the guardians and of a child aged 12 or over.',
    how_to_get => 'Family rehabilitation is decided by the child''s responsible social worker, based on the child welfare assessment. Ask the child''s social worker about family rehabilitation.',
    legal_basis => 'Child Welfare Act (417/2007):
- section 30 (client plan)
- section 34 (duty to arrange open-care support measures)
- section 36 (other open-care support measures, family rehabilitation)');

-- espoo: lapsiperheiden-sosiaalityo-ja-lastensuojelu
insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at)
select 'c47a3000-0001-4000-8000-000000000001', id, 'lapsiperheiden-sosiaalityo-ja-lastensuojelu', array['fi', 'sv'], timestamptz '2026-11-25 12:00:00+02'
from county where code = 'espoo';
insert into catalogue_service_area (service_id, municipality_code)
select 'c47a3000-0001-4000-8000-000000000001', m.code from municipality m join county c on c.id = m.county_id where c.code = 'espoo';
select pg_temp.describe(entry => 'lapsiperheiden-sosiaalityo-ja-lastensuojelu', county_code => 'espoo', language => 'fi',
    name => 'Lapsiperheiden sosiaalityö ja lastensuojelu',
    summary => 'Apua ja tukea, kun lapsi tai perhe tarvitsee apua, sekä ohjeet lastensuojeluilmoituksen ja yhteydenoton tekemiseen.',
    description => 'Lapsiperheiden sosiaalityöstä voit hakea apua, jos koet, että lapsesi tai perheesi tarvitsee tukea. Yhteydenoton tai lastensuojeluilmoituksen jälkeen lapsen ja perheen tuen ja palvelujen tarve arvioidaan yhdessä perheen kanssa. Lastensuojelun asiakkuus voi alkaa vasta palvelutarpeen arvioinnin jälkeen.

Lapsiperheiden sosiaalityön ja lastensuojelun palveluja ovat esimerkiksi
- sosiaalityöntekijän ja sosiaaliohjaajan neuvonta ja ohjaus, usein perheen kotona, kuten keskusteluapu ja tuki arjen asioissa
- perheen asumisen ja toimeentulon turvaaminen yhdessä Kelan palvelujen kanssa
- tukihenkilö, joka tapaa lasta hänen omassa ympäristössään yhteisen tekemisen merkeissä noin pari tuntia kerrallaan viikon tai kahden välein
- tukiperhe, jonka arkeen lapsi osallistuu ja jonka luona hän yöpyy esimerkiksi yhden viikonlopun kuukaudessa
- lapsen ja nuoren kuntoutumista tukevat hoito- ja terapiapalvelut yhteistyössä esimerkiksi kasvatus- ja perheneuvolan, koulupsykologien ja koulukuraattorien sekä lasten ja nuorten päihdepalvelujen kanssa
- tehostettu perhetyö ja perhekuntoutus

Äkillisessä kriisissä voit ottaa yhteyttä sosiaali- ja kriisipäivystykseen, joka päivystää ympäri vuorokauden. Sen numero on tämän sivuston etusivulla.',
    target_group => 'Lapset, nuoret ja perheet, jotka tarvitsevat apua tai tukea. Kuka tahansa, joka huomaa lapsen, nuoren tai perheen tarvitsevan apua, voi ottaa yhteyttä.',
    terms => 'Palvelujen tarve arvioidaan yhdessä perheen kanssa. Lastensuojelun asiakkuus alkaa vasta palvelutarpeen arvioinnin jälkeen, jos arvioinnissa todetaan, että lapsi tarvitsee lastensuojelua.',
    how_to_get => 'Ota yhteyttä lapsen asuinpaikan mukaiseen lastensuojelun aluetoimistoon. Voit pyytää apua myös yhdessä toisen viranomaisen, esimerkiksi varhaiskasvatuksen, koulun tai terveydenhuollon työntekijän, kanssa.

Jos olet huolissasi lapsen hyvinvoinnista, voit tehdä lastensuojeluilmoituksen sähköisesti tai paperilomakkeella. Ilmoitus tehdään lapsen asuinalueen lastensuojeluun, ja sen voi tehdä myös nimettömänä. Ammattilainen, joka on huolissaan syntyvän lapsen ja hänen vanhempiensa hyvinvoinnista, tekee ennakollisen lastensuojeluilmoituksen ennen lapsen syntymää.

Voit tehdä myös yhteydenoton sosiaalihuoltoon, jos olet huolissasi asiakkaasi, läheisesi tai muun kohtaamasi ihmisen elämänhallinnasta, päihteiden käytöstä, toimeentulosta tai lasten tilanteesta. Sosiaalipalvelujen ammattilaiset arvioivat, millaista apua tilanteeseen voidaan tarjota.',
    legal_basis => 'Lastensuojelulaki (417/2007):
- 25 § (lastensuojeluilmoitus)
- 25 c § (ennakollinen lastensuojeluilmoitus)
- 26 § (palvelutarpeen arviointi)
- 34–37 § (avohuollon tukitoimet)
Sosiaalihuoltolaki (1301/2014):
- 35 § (yhteydenotto sosiaalihuoltoon)
- 36 § (palvelutarpeen arviointi)');
select pg_temp.describe(entry => 'lapsiperheiden-sosiaalityo-ja-lastensuojelu', county_code => 'espoo', language => 'sv',
    name => 'Socialt arbete för barnfamiljer och barnskydd',
    summary => 'Hjälp och stöd när ett barn eller en familj behöver det, och anvisningar om hur du gör en barnskyddsanmälan eller tar kontakt med socialvården.',
    description => 'Du kan söka hjälp från det sociala arbetet för barnfamiljer om du upplever att ditt barn eller din familj behöver stöd. Efter en kontakt eller en barnskyddsanmälan bedöms barnets och familjens behov av stöd och tjänster tillsammans med familjen. En klientrelation inom barnskyddet kan inledas först efter bedömningen av servicebehovet.

Exempel på tjänster inom det sociala arbetet för barnfamiljer och barnskyddet är
- rådgivning och handledning av socialarbetare och socialhandledare, ofta i familjens hem, till exempel samtalsstöd och stöd i vardagliga sysslor
- tryggande av familjens boende och utkomst tillsammans med FPA:s tjänster
- en stödperson som träffar barnet i barnets egen miljö för att göra något tillsammans, ungefär ett par timmar åt gången med en eller två veckors mellanrum
- en stödfamilj vars vardag barnet deltar i och där barnet övernattar till exempel en helg i månaden
- vård- och terapitjänster som stöder barnets och den ungas rehabilitering, i samarbete med till exempel uppfostrings- och familjerådgivningen, skolpsykologer och skolkuratorer och missbrukartjänster för barn och unga
- intensifierat familjearbete och familjerehabilitering

Vid en akut kris kan du kontakta social- och krisjouren, som har jour dygnet runt. Numret finns på startsidan för den här webbplatsen.',
    target_group => 'Barn, unga och familjer som behöver hjälp eller stöd. Vem som helst som märker att ett barn, en ung person eller en familj behöver hjälp kan ta kontakt.',
    terms => 'Behovet av tjänster bedöms tillsammans med familjen. En klientrelation inom barnskyddet inleds först efter bedömningen av servicebehovet, om bedömningen visar att barnet behöver barnskydd.',
    how_to_get => 'Kontakta barnskyddets regionkontor i det område där barnet bor. Du kan också be om hjälp tillsammans med en annan myndighet, till exempel en anställd inom småbarnspedagogiken, skolan eller hälso- och sjukvården.

Om du är orolig för ett barns välbefinnande kan du göra en barnskyddsanmälan elektroniskt eller på en pappersblankett. Anmälan görs till barnskyddet i det område där barnet bor, och den kan också göras anonymt. En yrkesperson som är orolig för ett väntat barns och föräldrarnas välbefinnande gör en föregripande barnskyddsanmälan före barnets födelse.

Du kan också kontakta socialvården om du är orolig för hur din klient, en närstående eller någon annan du möter klarar sitt liv, för deras bruk av rusmedel eller utkomst eller för barnens situation. Yrkespersonerna inom socialvården bedömer vilken hjälp som kan erbjudas.',
    legal_basis => 'Barnskyddslagen (417/2007):
- 25 § (barnskyddsanmälan)
- 25 c § (föregripande barnskyddsanmälan)
- 26 § (bedömning av servicebehovet)
- 34–37 § (stödåtgärder inom öppenvården)
Socialvårdslagen (1301/2014):
- 35 § (kontakt med socialvården)
- 36 § (bedömning av servicebehovet)');
select pg_temp.describe(entry => 'lapsiperheiden-sosiaalityo-ja-lastensuojelu', county_code => 'espoo', language => 'en',
    name => 'Social work for families with children and child welfare',
    summary => 'Help and support when a child or family needs it, and how to make a child welfare notification or a contact request to social services.',
    description => 'You can seek help from social work for families with children if you feel that your child or your family needs support. After a contact or a child welfare notification, the child''s and family''s need for support and services is assessed together with the family. A child welfare client relationship can only start after the service need assessment.

Examples of services in social work for families with children and in child welfare are
- advice and guidance from a social worker and a social instructor, often in the family''s home, such as someone to talk to and support with everyday tasks
- securing the family''s housing and income, together with Kela''s services
- a support person who meets the child in the child''s own surroundings to do things together, for about a couple of hours at a time every week or two
- a support family whose daily life the child takes part in and where the child stays overnight, for example one weekend a month
- care and therapy services that support the rehabilitation of children and young people, together with, for example, the child guidance and family counselling clinic, school psychologists and school social workers, and substance abuse services for children and young people
- intensified family work and family rehabilitation

In a sudden crisis you can contact the social and crisis emergency service, which is open around the clock. Its number is on the front page of this site.',
    target_group => 'Children, young people and families who need help or support. Anyone who notices that a child, young person or family needs help can get in touch.',
    terms => 'The need for services is assessed together with the family. A child welfare client relationship starts only after the service need assessment, if the assessment shows that the child needs child welfare.',
    how_to_get => 'Contact the child welfare area office for the area where the child lives. You can also ask for help together with another authority, for example an employee in early childhood education, at school or in health care.

If you are worried about a child''s wellbeing, you can make a child welfare notification electronically or on a paper form. The notification is made to child welfare in the area where the child lives, and it can also be made anonymously. A professional who is worried about the wellbeing of an unborn child and the parents makes a prenatal child welfare notification before the child is born.

You can also contact social services if you are worried about how your client, someone close to you or someone else you meet is managing their life, their substance use or income, or the children''s situation. Social services professionals assess what kind of help can be offered.',
    legal_basis => 'Child Welfare Act (417/2007):
- section 25 (child welfare notification)
- section 25 c (prenatal child welfare notification)
- section 26 (service need assessment)
- sections 34–37 (open-care support measures)
Social Welfare Act (1301/2014):
- section 35 (contact request to social services)
- section 36 (service need assessment)');

drop function pg_temp.describe(text, text, text, text, text, text, text, text, text, text);
