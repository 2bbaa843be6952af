export const updatesEvents = {} as const;
