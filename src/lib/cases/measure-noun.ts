/**
 * A metric label as it reads inside a sentence: "Cases" → "cases", but
 * "COVID-19 cases" and "MMR uptake" keep their capitals (acronyms).
 */
export function measureNoun(label: string): string {
  const trimmed = label.trim();
  if (trimmed.length < 2) return trimmed.toLowerCase();
  const [first, second] = [trimmed[0] as string, trimmed[1] as string];
  return second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + trimmed.slice(1)
    : trimmed;
}
