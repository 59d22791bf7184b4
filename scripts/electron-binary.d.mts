/** The Electron executable's path if it is installed, else undefined (never loads 'electron'). */
export function electronBinary(env?: NodeJS.ProcessEnv): string | undefined;
