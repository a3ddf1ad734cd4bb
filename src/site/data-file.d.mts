export declare function dataFile(dataDir: string, requestPath: string): string | null;
