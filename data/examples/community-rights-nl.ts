/**
 * Example `site.communityRights` for a Dutch municipality (gemeente), in Dutch and English: the
 * right to challenge (uitdaagrecht) and the right of residents to take over a municipal task,
 * building or piece of land. An example a council adapts to its own participation by-law
 * (participatieverordening), not legal advice: the rights a group has depend on that by-law,
 * which each municipality writes itself.
 *
 * Sources (cited by name and article where we could not be sure of a stable address):
 * - Gemeentewet, article 150 (current text): https://wetten.overheid.nl/BWBR0005416 . The Wet
 *   versterking participatie op decentraal niveau changes it from an inspraakverordening to a
 *   participatieverordening, in which the council may provide for the uitdaagrecht (see its
 *   memorie van toelichting on officielebekendmakingen.nl).
 * - Hoge Raad 26 November 2021, ECLI:NL:HR:2021:1778 (the Didam judgment), on equal chances when
 *   a municipality sells real estate: https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:HR:2021:1778
 * - The VNG (association of Dutch municipalities) publishes guidance on participation by-laws
 *   and the uitdaagrecht for its members (vng.nl).
 *
 * Use it in data/atlas.config.ts of a site in Dutch and English:
 *   import { communityRightsNl } from './examples/community-rights-nl.ts';
 *   site: { languages: ['nl', 'en-GB'], communityRights: communityRightsNl, … }
 * A Dutch-only site uses it as it is too (`locale: 'nl-NL'` and `languages: ['nl-NL']`, or
 * languages: ['nl']). Replace the names, by-law and links with your municipality's own.
 */
import type { AtlasConfigInput } from '../../src/pipeline/config/schema.ts';

type CommunityRights = NonNullable<AtlasConfigInput['site']['communityRights']>;

export const communityRightsNl: CommunityRights = {
  heading: {
    nl: 'Uitdaagrecht: inwoners nemen een taak, gebouw of terrein over',
    'en-GB': 'Right to challenge: residents take over a task, building or site',
  },
  paragraphs: [
    {
      nl: 'Dit is een voorbeeld en een samenvatting, geen juridisch advies. Wat in onze gemeente geldt, staat in de participatieverordening van de gemeenteraad: lees die en neem contact op met de gemeente voordat u een plan indient.',
      'en-GB':
        'This is an example and a summary, not legal advice. What applies in our municipality is set out in the council’s participation by-law (participatieverordening): read it, and contact the municipality before you submit a plan.',
    },
    {
      nl: 'Uitdaagrecht (right to challenge). Volgens artikel 150 van de Gemeentewet, zoals gewijzigd door de Wet versterking participatie op decentraal niveau, regelt de gemeenteraad in een participatieverordening hoe inwoners en maatschappelijke partijen betrokken worden bij de voorbereiding, uitvoering en evaluatie van beleid. In die verordening kan de raad het uitdaagrecht opnemen: een groep inwoners of een maatschappelijke organisatie mag de gemeente uitdagen om een taak over te nemen als zij die beter, slimmer of goedkoper denkt te kunnen uitvoeren, bijvoorbeeld het beheer van een park, een buurthuis of een sportveld.',
      'en-GB':
        'Right to challenge (uitdaagrecht). Under article 150 of the Municipalities Act (Gemeentewet), as amended by the Act strengthening participation at local level (Wet versterking participatie op decentraal niveau), the council sets out in a participation by-law how residents and civil-society organisations are involved in preparing, carrying out and evaluating policy. The by-law may include the right to challenge: a group of residents or a community organisation may challenge the municipality to let it take over a task it believes it can do better, more cleverly or more cheaply, such as running a park, a community centre or a sports ground.',
    },
    {
      nl: 'Hoe het gaat bepaalt de verordening: wie een verzoek mag doen, welke taken in aanmerking komen (vaak alleen taken waarover de gemeente zelf beslist, niet taken die zij in opdracht van het Rijk uitvoert), welke gegevens het verzoek moet bevatten en binnen welke termijn het college beslist. De gemeente hoeft een uitdaging niet te honoreren; de gemeenteraad blijft beslissen.',
      'en-GB':
        'The by-law says how it works: who may make a request, which tasks qualify (often only tasks the municipality decides on itself, not those it carries out for central government), what the request must contain, and how long the executive (college) has to decide. The municipality does not have to accept a challenge; the council still decides.',
    },
    {
      nl: 'Leegstaande en onderbenutte gebouwen en terreinen. Een groep die een gebouw of terrein van de gemeente wil gebruiken of beheren, kan dat in een uitdaging of een initiatiefvoorstel doen. Bij verkoop van gemeentelijk vastgoed moet de gemeente sinds het Didam-arrest van de Hoge Raad (26 november 2021) in de regel ook andere gegadigden een kans geven, tenzij vooraf vaststaat dat maar één partij in aanmerking komt. Vraag de gemeente naar haar beleid voor maatschappelijk vastgoed.',
      'en-GB':
        'Vacant and under-used buildings and land. A group that wants to use or run a municipal building or site can propose it in a challenge or an initiative proposal. Since the Supreme Court’s Didam judgment (Hoge Raad, 26 November 2021), a municipality selling real estate must as a rule give other interested parties a chance too, unless it is clear in advance that only one party qualifies. Ask the municipality about its policy for community property (maatschappelijk vastgoed).',
    },
  ],
  links: [
    {
      label: {
        nl: 'Gemeentewet, artikel 150: de participatieverordening',
        'en-GB': 'Municipalities Act (Gemeentewet), article 150: the participation by-law',
      },
      url: 'https://wetten.overheid.nl/BWBR0005416',
    },
    {
      label: {
        nl: 'Hoge Raad 26 november 2021 (Didam-arrest), ECLI:NL:HR:2021:1778',
        'en-GB': 'Supreme Court, 26 November 2021 (the Didam judgment), ECLI:NL:HR:2021:1778',
      },
      url: 'https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:HR:2021:1778',
    },
  ],
  nominationSections: [
    {
      heading: { nl: 'Wie daagt uit', 'en-GB': 'Who is making the challenge' },
      hint: {
        nl: 'Naam van de groep of organisatie, de contactpersoon en hoe u verankerd bent in de buurt (leden, vrijwilligers, rechtsvorm).',
        'en-GB':
          'The name of the group or organisation, its contact person, and how it is rooted in the neighbourhood (members, volunteers, legal form).',
      },
    },
    {
      heading: { nl: 'Welke taak, welk gebouw of terrein', 'en-GB': 'Which task, building or site' },
      hint: {
        nl: 'Wat u wilt overnemen en waar: het adres of de kadastrale aanduiding van het gebouw of terrein, of de omschrijving van de taak.',
        'en-GB':
          'What you want to take over and where: the address or land-registry (cadastral) reference of the building or site, or a description of the task.',
      },
    },
    {
      heading: { nl: 'Uw plan', 'en-GB': 'Your plan' },
      hint: {
        nl: 'Hoe u de taak uitvoert of het gebouw gebruikt, voor wie, en waarom dat beter, slimmer of goedkoper is dan nu.',
        'en-GB':
          'How you will carry out the task or use the building, for whom, and why that is better, cleverer or cheaper than now.',
      },
    },
    {
      heading: { nl: 'Middelen en risico’s', 'en-GB': 'Resources and risks' },
      hint: {
        nl: 'Begroting, wat u van de gemeente vraagt (budget, huur, onderhoud) en hoe u de kwaliteit en continuïteit bewaakt.',
        'en-GB':
          'A budget, what you ask of the municipality (funding, rent, maintenance) and how you will safeguard quality and continuity.',
      },
    },
  ],
};
