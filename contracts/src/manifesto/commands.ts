export const manifestoCommands = {} as const;
