export const manifestoEvents = {} as const;
