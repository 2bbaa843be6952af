export const summitUseCases = {};
