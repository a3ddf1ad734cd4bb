/**
 * The en-GB translator, over the en-GB catalogue alone: the default of shared code
 * whose callers do not pass the site's translator yet (browser code then carries one
 * catalogue, not all).
 */
import { enGB } from './messages/en-GB/index.ts';
import { createTranslator, type Translator } from './translator.ts';

let cached: Translator | undefined;

export function sourceTranslator(): Translator {
  cached ??= createTranslator('en-GB', enGB.messages);
  return cached;
}
