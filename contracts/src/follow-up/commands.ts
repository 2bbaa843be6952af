export const followUpCommands = {} as const;
