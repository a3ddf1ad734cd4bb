export declare const dataDir: string;
export declare const siteDir: string;
export declare const configPath: string;
