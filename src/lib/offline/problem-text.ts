/**
 * Why a page could not be kept (or the list of kept pages read or changed), in the page's
 * language: the service worker answers with an `OfflineProblem`, never with English text.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';
import type { OfflineProblem } from './kept-pages.ts';

/** The keys `problemText` uses, for a page to hand its script. */
export const OFFLINE_PROBLEM_KEYS = [
  'offline.problem.outsideSite',
  'offline.problem.file',
  'offline.problem.network',
  'offline.problem.full',
  'offline.problem.other',
] as const satisfies readonly MessageKey[];

export function problemText(problem: OfflineProblem, t: Pick<Translator, 't'>): string {
  switch (problem.kind) {
    case 'outside-site':
      return t.t('offline.problem.outsideSite');
    case 'file':
      return t.t('offline.problem.file', { path: problem.path, status: String(problem.status) });
    case 'network':
      return t.t('offline.problem.network');
    case 'full':
      return t.t('offline.problem.full');
    case 'other':
      return t.t('offline.problem.other', { detail: problem.detail });
  }
}

/** What an error thrown while keeping or reading pages means, as an `OfflineProblem`. */
export function problemOf(error: unknown): OfflineProblem {
  if (error instanceof FileFailed) return { kind: 'file', path: error.path, status: error.status };
  // fetch() rejects with a TypeError when the network cannot be reached.
  if (error instanceof TypeError) return { kind: 'network' };
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError')
    return { kind: 'full' };
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return { kind: 'other', detail: typeof name === 'string' && name !== '' ? name : String(error) };
}

/** A file of a page answered with an error status. */
export class FileFailed extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(`${path} answered ${status}`);
    this.name = 'FileFailed';
  }
}
