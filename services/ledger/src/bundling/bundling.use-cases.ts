export const bundlingUseCases = {};
