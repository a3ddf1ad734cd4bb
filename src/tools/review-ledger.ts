/**
 * Which translations a person has checked. Each translation (cy, nl, da, de) has a committed
 * ledger, src/lib/i18n/reviewed/<language>.json, naming every key whose translation was checked
 * with a fingerprint of the en-GB message and the translation as they were then. A key is settled
 * when it is on its namespace's `review` list (waiting for a native speaker) or its fingerprint in
 * the ledger is the current one; a key added, or whose English or translation changed since it was
 * checked, is neither, and the catalogue test fails until it is put on the review list or checked
 * again (`npx tsx src/tools/mark-reviewed.ts <language> <key> …`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Catalogue, Message, MessageKey } from '../lib/i18n/catalogue.ts';

/** Key → fingerprint of the en-GB message and the translation when a person checked it. */
export type ReviewLedger = Readonly<Record<string, string>>;

/** Where a language's ledger is committed. */
export function ledgerPath(language: string): string {
  return new URL(`../lib/i18n/reviewed/${language}.json`, import.meta.url).pathname;
}

/** A language's committed ledger (empty when it has none yet). */
export function readLedger(language: string): ReviewLedger {
  const path = ledgerPath(language);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReviewLedger) : {};
}

/** Writes a language's ledger, one key a line, as prettier leaves JSON. */
export function writeLedger(language: string, ledger: ReviewLedger): void {
  writeFileSync(ledgerPath(language), `${JSON.stringify(ledger, null, 2)}\n`);
}

/** The fingerprint of one translation: the en-GB message and this language's, both as JSON. */
export function reviewFingerprint(source: Message, translation: Message): string {
  return createHash('sha256')
    .update(JSON.stringify([source, translation]))
    .digest('hex')
    .slice(0, 16);
}

/** What a catalogue's review marks and ledger leave unsettled, each list sorted. */
export interface ReviewState {
  /** Keys neither on the review list nor checked (absent from the ledger): new since the last check. */
  unchecked: MessageKey[];
  /** Keys the ledger has, not on the review list, whose English or translation changed since. */
  changed: MessageKey[];
  /** Ledger entries for keys the catalogue no longer has. */
  stale: string[];
  /** Keys on the review list whose current text the ledger says was checked (take them off the list). */
  checkedButListed: MessageKey[];
}

export function reviewState(source: Catalogue, translation: Catalogue, ledger: ReviewLedger): ReviewState {
  const listed = new Set<string>(translation.review);
  const state: ReviewState = { unchecked: [], changed: [], stale: [], checkedButListed: [] };
  for (const key of Object.keys(source.messages).sort() as MessageKey[]) {
    const print = reviewFingerprint(source.messages[key], translation.messages[key]);
    const checked = ledger[key];
    if (listed.has(key)) {
      if (checked === print) state.checkedButListed.push(key);
    } else if (checked === undefined) state.unchecked.push(key);
    else if (checked !== print) state.changed.push(key);
  }
  state.stale = Object.keys(ledger)
    .filter((k) => !(k in source.messages))
    .sort();
  return state;
}

/**
 * The ledger with `keys` recorded as checked in their current wording (sorted by key, so the
 * committed file changes only where a check did); throws on a key the catalogue lacks.
 */
export function markReviewed(
  source: Catalogue,
  translation: Catalogue,
  ledger: ReviewLedger,
  keys: readonly string[],
): Record<string, string> {
  const next: Record<string, string> = { ...ledger };
  for (const key of keys) {
    if (!(key in source.messages)) throw new Error(`no message "${key}" in the catalogue`);
    const k = key as MessageKey;
    next[k] = reviewFingerprint(source.messages[k], translation.messages[k]);
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
