/** Largest input read, in characters (the CLI checks bytes before reading). Its own module so the page can check sizes without loading the parsers. */
export const MAX_INPUT = 5 * 1024 * 1024;
