/**
 * Records that a person checked translations: `npx tsx src/tools/mark-reviewed.ts de key …`
 * writes each key's current fingerprint (its en-GB message and the German) to
 * src/lib/i18n/reviewed/de.json. Take a key off its namespace's `review` list first; with
 * `--status` it prints what is unsettled in every translation and changes nothing.
 */
import { CATALOGUES, SOURCE_LANGUAGE } from '../lib/i18n/catalogues.ts';
import { markReviewed, readLedger, reviewState, writeLedger } from './review-ledger.ts';

const source = CATALOGUES[SOURCE_LANGUAGE];
const [language, ...keys] = process.argv.slice(2);
if (source === undefined) throw new Error('no source catalogue');

if (language === '--status' || language === undefined) {
  for (const [tag, catalogue] of Object.entries(CATALOGUES)) {
    if (tag === SOURCE_LANGUAGE) continue;
    const s = reviewState(source, catalogue, readLedger(tag));
    console.log(
      `${tag}: ${catalogue.review.length} on the review list; unchecked ${s.unchecked.length}, changed ${s.changed.length}, stale ${s.stale.length}, checked but listed ${s.checkedButListed.length}`,
    );
    for (const [what, list] of Object.entries(s)) if (list.length > 0) console.log(`  ${what}: ${list.join(', ')}`);
  }
} else {
  const catalogue = CATALOGUES[language];
  if (catalogue === undefined || language === SOURCE_LANGUAGE) {
    console.error(`"${language}" is not a translation (${Object.keys(CATALOGUES).join(', ')})`);
    process.exit(1);
  }
  const listed = keys.filter((k) => (catalogue.review as readonly string[]).includes(k));
  if (listed.length > 0) {
    console.error(`take these off the review list in messages/${language}/ first: ${listed.join(', ')}`);
    process.exit(1);
  }
  writeLedger(language, markReviewed(source, catalogue, readLedger(language), keys));
  console.log(`${language}: ${keys.length} key(s) recorded as checked`);
}
