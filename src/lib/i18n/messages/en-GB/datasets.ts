/** English (en-GB): messages of the data and quality pages. */
export const messages = {} as const;
