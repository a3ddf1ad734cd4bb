export declare const NOMINATION_STYLE: string;
export declare const NOMINATION_PRINT_HANDLER: string;
