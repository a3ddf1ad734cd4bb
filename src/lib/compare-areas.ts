/** How many areas a reader can add to a comparison chart (disease and indicator charts alike). */
export const MAX_COMPARE = 4;
