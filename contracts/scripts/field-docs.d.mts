export declare const generatedFile: string;
export declare const generateFieldDocs: () => string;
