/** English (en-GB): messages of indicator pages, components, charts and their scripts. */
export const messages = {} as const;
