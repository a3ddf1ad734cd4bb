/** English (en-GB): messages of components shared by several dashboards (sources, row accounting, chart frames, pickers, keys). */
export const messages = {} as const;
