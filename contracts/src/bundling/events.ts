export const bundlingEvents = {} as const;
