/** Cymraeg (cy): messages of the home page. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/home.ts';

export const messages: NamespaceMessages<typeof source> = {
  'home.description': 'Data agored gan y cyngor ({council}), fel mapiau, siartiau a thablau.',
  'home.lede':
    'Data agored a gyhoeddwyd gan y cyngor ({council}), wedi’u troi’n fapiau, siartiau a thablau y gallwch eu darllen, eu gwirio a’u lawrlwytho. Mae pob ffigur yn cysylltu â’i ffynhonnell ac â’r rhesi a adawyd allan, a pham.',
  'home.dashboards': 'Dangosfyrddau',
  'home.card.cases': 'Achosion dros amser fesul ardal, cyfraddau fesul {per} o bobl, newid wythnosol a mapiau.',
  'home.card.assets':
    'Tir ac adeiladau cyhoeddus sy’n wag neu heb eu defnyddio’n llawn, y gall grwpiau cymunedol eu rhoi ar restr fer a’u cymryd drosodd.',
  'home.card.indicator':
    'Pob ardal o’i chymharu â’i meincnod, wedi’i rhestru a’i mapio, cyfnod wrth gyfnod, gyda thudalen i bob ardal.',
  'home.datasets.heading': 'Setiau data',
  'home.datasets.caption': 'Setiau data ar y safle hwn, gyda faint o resi a dderbyniwyd',
  'home.datasets.dataset': 'Set ddata',
  'home.datasets.kind': 'Math',
  'home.datasets.source': 'Ffynhonnell',
  'home.datasets.rowsRead': 'Rhesi a ddarllenwyd',
  'home.datasets.rowsOrCellsRead': 'Rhesi (neu gelloedd) a ddarllenwyd',
  'home.datasets.cells': {
    forms: {
      zero: '{count} cell',
      one: '{count} cell',
      two: '{count} cell',
      few: '{count} cell',
      many: '{count} cell',
      other: '{count} cell',
    },
  },
  'home.datasets.captionCells': 'Setiau data ar y safle hwn, gyda faint o resi (neu gelloedd) a dderbyniwyd',
  'home.datasets.accepted': 'Derbyniwyd',
  'home.datasets.rejected': 'Gwrthodwyd',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'home.card.cases',
  'home.card.indicator',
  'home.lede',
  'home.datasets.rowsOrCellsRead',
  'home.datasets.cells',
  'home.datasets.captionCells',
  'home.description',
];
