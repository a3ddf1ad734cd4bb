/** English (en-GB): messages of the home page. */
export const messages = {} as const;
