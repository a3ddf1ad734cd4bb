/** English (en-GB): messages of site search (header box and /search/). */
export const messages = {} as const;
