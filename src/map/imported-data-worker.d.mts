/** The script has no exports: importing it registers the `imported-data` protocol in the worker. */
export {};
