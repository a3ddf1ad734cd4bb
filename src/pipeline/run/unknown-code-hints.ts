/**
 * Plain-language advice for area codes that matched no area of the join layer:
 * what geography the codes look like (`codeGeography`), whether another
 * configured layer has them, and what boundaries would join them. Pure: takes
 * the codes and what each layer holds, returns sentences for the report.
 */
import { codeGeography, type CodeGeography } from '../../lib/geo/code-geography.ts';
import { datasetWarningText, type DatasetWarning, type LayerKinds } from '../../lib/data-reasons.ts';

/** What a hint needs to know of a layer. */
export interface HintLayer {
  id: string;
  label: string;
  /** The layer's area codes. */
  codes: readonly string[];
  /** True when a code as written in data resolves to an area of the layer (aliases count). */
  has(code: string): boolean;
}

const EXAMPLES = 3;

/**
 * One sentence per group of unknown codes that share a geography (largest group
 * first), saying what they look like and which layer or boundaries would join
 * them. `unknown` is the unknown codes, most rows first; empty gives no hints.
 */
export function unknownCodeHints(
  unknown: readonly string[],
  layer: HintLayer,
  otherLayers: readonly HintLayer[],
): string[] {
  return codedUnknownCodeHints(unknown, layer, otherLayers).map((h) => datasetWarningText(h));
}

/** The hints of `unknownCodeHints`, each as a coded warning (its sentence is `datasetWarningText`). */
export function codedUnknownCodeHints(
  unknown: readonly string[],
  layer: HintLayer,
  otherLayers: readonly HintLayer[],
): DatasetWarning[] {
  if (unknown.length === 0) return [];
  const groups = new Map<string, { geography: CodeGeography | null; codes: string[] }>();
  for (const code of unknown) {
    const geography = codeGeography(code);
    const key = geography?.key ?? '';
    const group = groups.get(key) ?? { geography, codes: [] };
    group.codes.push(code);
    groups.set(key, group);
  }
  const layerKinds = kindsOf(layer.codes);
  return [...groups.values()]
    .sort((a, b) => b.codes.length - a.codes.length)
    .map(({ geography, codes }) => hint(geography, codes, layer, layerKinds, otherLayers));
}

function hint(
  geography: CodeGeography | null,
  codes: readonly string[],
  layer: HintLayer,
  layerKinds: ReadonlyMap<string, { geography: CodeGeography; count: number }>,
  otherLayers: readonly HintLayer[],
): DatasetWarning {
  const n = codes.length;
  const home = otherLayers.find((l) => codes.filter((c) => l.has(c)).length * 2 >= n);
  if (home !== undefined) {
    return {
      code: 'codesOfOtherLayer',
      codes: n,
      examples: examples(codes),
      layer: layer.id,
      home: home.id,
      homeLabel: home.label,
    };
  }
  const sameForm = geography === null ? layer.codes.find((c) => form(c) === form(codes[0] ?? '')) : undefined;
  if (sameForm !== undefined) {
    return { code: 'codesNotInBoundaries', codes: n, examples: examples(codes), layer: layer.id, example: sameForm };
  }
  if (geography === null) {
    const kinds = describeKinds(layerKinds);
    return {
      code: 'codesUnrecognised',
      codes: n,
      examples: examples(codes),
      layer: layer.id,
      layerLabel: layer.label,
      kinds,
    };
  }
  const same = layerKinds.get(geography.key);
  if (same !== undefined) {
    return {
      code: 'codesLikeLayer',
      codes: n,
      examples: examples(codes),
      geography: geography.key,
      areas: same.count,
      layer: layer.id,
    };
  }
  return {
    code: 'codesOtherGeography',
    codes: n,
    examples: examples(codes),
    geography: geography.key,
    layer: layer.id,
    layerLabel: layer.label,
    kinds: describeKinds(layerKinds),
  };
}

/** The geographies a layer's codes look like, with counts. */
function kindsOf(codes: readonly string[]): Map<string, { geography: CodeGeography; count: number }> {
  const kinds = new Map<string, { geography: CodeGeography; count: number }>();
  for (const code of codes) {
    const geography = codeGeography(code);
    if (geography === null) continue;
    const k = kinds.get(geography.key);
    if (k === undefined) kinds.set(geography.key, { geography, count: 1 });
    else k.count++;
  }
  return kinds;
}

// The three geographies the layer has most areas of, and whether it has others.
function describeKinds(kinds: ReadonlyMap<string, { geography: CodeGeography; count: number }>): LayerKinds {
  const top = [...kinds.values()].sort((a, b) => b.count - a.count || (a.geography.key < b.geography.key ? -1 : 1));
  return { items: top.slice(0, 3).map((k) => ({ geography: k.geography.key, count: k.count })), more: top.length > 3 };
}

// A code's form: letters as A, digits as 9 ("X05000099" -> "A99999999").
function form(code: string): string {
  return code
    .trim()
    .replace(/[A-Za-z]/g, 'A')
    .replace(/\d/g, '9');
}

function examples(codes: readonly string[]): string {
  const shown = codes.slice(0, EXAMPLES).join(', ');
  return codes.length > EXAMPLES ? `${shown}, …` : shown;
}
