export const followUpUseCases = {};
