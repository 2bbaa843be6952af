export const followUpEvents = {} as const;
