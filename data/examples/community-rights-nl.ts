/**
 * Example `site.communityRights` for a Dutch municipality (gemeente): the right to
 * challenge (uitdaagrecht) and the right of residents to take over a municipal task,
 * building or piece of land. An example a council adapts to its own participation
 * by-law (participatieverordening), not legal advice: the rights a group has depend
 * on that by-law, which each municipality writes itself.
 *
 * Sources:
 * - Wet versterking participatie op decentraal niveau, Kamerstuk 36210 (memorie van toelichting,
 *   nr. 3): changes article 150 of the Gemeentewet from an inspraakverordening to a
 *   participatieverordening, in which a council may provide for the uitdaagrecht.
 *   https://zoek.officielebekendmakingen.nl/kst-36210-3.html
 * - Gemeentewet, article 150 (current text): https://wetten.overheid.nl/BWBR0005416
 * - VNG (association of Dutch municipalities) on the bill and the uitdaagrecht:
 *   https://vng.nl/brieven/consultatie-wetsvoorstel-wet-versterking-participatie-op-decentraal-niveau
 * - Hoge Raad 26 November 2021 (the Didam judgment), on equal chances when a municipality sells
 *   real estate: https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2021:1778
 * - Wet maatschappelijke ondersteuning 2015, article 2.6.7 (the earlier, narrower right to
 *   challenge in social support): https://wetten.overheid.nl/BWBR0035362
 *
 * Use it in data/atlas.config.ts:
 *   import { communityRightsNl } from './examples/community-rights-nl.ts';
 *   site: { locale: 'nl-NL', communityRights: communityRightsNl, … }
 * and replace the names, by-law and links with your municipality's own.
 */
import type { AtlasConfigInput } from '../../src/pipeline/config/schema.ts';

type CommunityRights = NonNullable<AtlasConfigInput['site']['communityRights']>;

export const communityRightsNl: CommunityRights = {
  heading: 'Uitdaagrecht: inwoners nemen een taak, gebouw of terrein over',
  paragraphs: [
    'Dit is een samenvatting, geen juridisch advies. Wat in onze gemeente geldt, staat in de participatieverordening van de gemeenteraad: lees die en neem contact op met de gemeente voordat u een plan indient.',
    'Uitdaagrecht (right to challenge). Sinds de Wet versterking participatie op decentraal niveau regelt de gemeenteraad in een participatieverordening hoe inwoners en maatschappelijke partijen betrokken worden bij de voorbereiding, uitvoering en evaluatie van beleid (artikel 150 Gemeentewet). In die verordening kan de raad het uitdaagrecht opnemen: een groep inwoners of een maatschappelijke organisatie mag de gemeente uitdagen om een taak over te nemen als zij die beter, slimmer of goedkoper denkt te kunnen uitvoeren, bijvoorbeeld het beheer van een park, een buurthuis of een sportveld.',
    'Hoe het gaat bepaalt de verordening: wie een verzoek mag doen, welke taken in aanmerking komen (vaak alleen taken waarover de gemeente zelf beslist, niet taken die zij in opdracht van het Rijk uitvoert), welke gegevens het verzoek moet bevatten en binnen welke termijn het college beslist. De gemeente hoeft een uitdaging niet te honoreren; de gemeenteraad blijft beslissen.',
    'Leegstaande en onderbenutte gebouwen en terreinen. Een groep die een gebouw of terrein van de gemeente wil gebruiken of beheren, kan dat in een uitdaging of een initiatiefvoorstel doen. Bij verkoop van gemeentelijk vastgoed moet de gemeente sinds het Didam-arrest van de Hoge Raad (26 november 2021) in de regel ook andere gegadigden een kans geven, tenzij vooraf vaststaat dat maar één partij in aanmerking komt. Vraag de gemeente naar haar beleid voor maatschappelijk vastgoed.',
    'Zorg en ondersteuning. Voor voorzieningen onder de Wet maatschappelijke ondersteuning 2015 kan de gemeente inwoners al langer de gelegenheid geven om de uitvoering over te nemen (artikel 2.6.7 Wmo 2015).',
  ],
  links: [
    {
      label: 'Wet versterking participatie op decentraal niveau: memorie van toelichting (Kamerstuk 36210, nr. 3)',
      url: 'https://zoek.officielebekendmakingen.nl/kst-36210-3.html',
    },
    { label: 'Gemeentewet, artikel 150: de participatieverordening', url: 'https://wetten.overheid.nl/BWBR0005416' },
    {
      label: 'VNG: reactie op het wetsvoorstel en het uitdaagrecht',
      url: 'https://vng.nl/brieven/consultatie-wetsvoorstel-wet-versterking-participatie-op-decentraal-niveau',
    },
    {
      label: 'Hoge Raad 26 november 2021 (Didam-arrest), ECLI:NL:HR:2021:1778',
      url: 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2021:1778',
    },
    { label: 'Wet maatschappelijke ondersteuning 2015, artikel 2.6.7', url: 'https://wetten.overheid.nl/BWBR0035362' },
  ],
  nominationSections: [
    {
      heading: 'Wie daagt uit',
      hint: 'Naam van de groep of organisatie, de contactpersoon en hoe u verankerd bent in de buurt (leden, vrijwilligers, rechtsvorm).',
    },
    {
      heading: 'Welke taak, welk gebouw of terrein',
      hint: 'Wat u wilt overnemen en waar: het adres of de kadastrale aanduiding van het gebouw of terrein, of de omschrijving van de taak.',
    },
    {
      heading: 'Uw plan',
      hint: 'Hoe u de taak uitvoert of het gebouw gebruikt, voor wie, en waarom dat beter, slimmer of goedkoper is dan nu.',
    },
    {
      heading: 'Middelen en risico’s',
      hint: 'Begroting, wat u van de gemeente vraagt (budget, huur, onderhoud) en hoe u de kwaliteit en continuïteit bewaakt.',
    },
  ],
};
