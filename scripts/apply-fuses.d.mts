import type { FuseV1Config } from '@electron/fuses';

export const SAMSPIL_FUSES: FuseV1Config;
export function applyFuses(path: string, options?: { resetAdHocDarwinSignature?: boolean }): Promise<number>;
export default function afterPack(context: {
  electronPlatformName: string;
  appOutDir: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): Promise<void>;
