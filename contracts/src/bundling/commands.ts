export const bundlingCommands = {} as const;
