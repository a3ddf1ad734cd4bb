import type { LoadedLayer } from '../../run/loaded-layer.ts';

/** A parent's name from any layer with a feature of that code (other layers first), else the code itself. */
export function parentName(code: string, layers: ReadonlyMap<string, LoadedLayer>, own: LoadedLayer | null): string {
  for (const l of [...layers.values()].filter((x) => x !== own)) {
    const i = l.resolveCode(code);
    if (i >= 0) return l.features[i]?.name ?? code;
  }
  if (own !== null) {
    const i = own.resolveCode(code);
    if (i >= 0) return own.features[i]?.name ?? code;
  }
  return code;
}
