/** A period label as a URL segment: "2019/20" → "2019-20", "2024 Q1" → "2024-q1". */
export function periodSlug(period: string): string {
  return (
    period
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'period'
  );
}
