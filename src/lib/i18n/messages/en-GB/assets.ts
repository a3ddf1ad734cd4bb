/** English (en-GB): messages of buildings and land pages, components, maps and their scripts. */
export const messages = {} as const;
