/** Whether a rise in a metric is bad (cases), good (vaccinations) or neither: colours change arrows. */
export const HIGHER_IS = ['bad', 'good', 'neutral'] as const;

/** One of `HIGHER_IS`. */
export type HigherIs = (typeof HIGHER_IS)[number];
