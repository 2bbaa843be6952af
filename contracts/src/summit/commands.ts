export const summitCommands = {} as const;
