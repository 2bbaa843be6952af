export const summitEvents = {} as const;
