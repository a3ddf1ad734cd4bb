/** English (en-GB): messages of area pages and area profiles. */
export const messages = {} as const;
