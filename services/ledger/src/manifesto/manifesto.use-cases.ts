export const manifestoUseCases = {};
