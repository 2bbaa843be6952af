export const updatesCommands = {} as const;
