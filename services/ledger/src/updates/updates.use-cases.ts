export const updatesUseCases = {};
