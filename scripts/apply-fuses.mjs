// Electron fuses for a packaged Samspil: switches compiled into the Electron binary that turn off
// ways to run it as something else (plain Node, a debugger target, code outside the app's asar).
// Flip them on the packaged app's executable, never on node_modules/electron (the end-to-end tests
// drive that one through --inspect, which these fuses forbid).
//
//   node scripts/apply-fuses.mjs <path>   <path>: the packaged executable (Samspil.exe,
//                                          the Linux binary) or the macOS bundle (Samspil.app)
//
// As an electron-builder hook: `afterPack: "./scripts/apply-fuses.mjs"` (the default export).
// Every fuse is set explicitly (strictlyRequireAllFuses), so a future Electron with a new fuse
// fails here until someone decides its value.
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {import('@electron/fuses').FuseV1Config} */
export const SAMSPIL_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the app into a general-purpose Node.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone inject code or attach a debugger.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the signed app.asar runs, and only if it is unmodified.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, never file://: file:// gets no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default: WebAssembly's trap handlers stay on.
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** Flips the fuses of the Electron executable (or macOS .app) at `path`. */
export async function applyFuses(path, { resetAdHocDarwinSignature = false } = {}) {
  return flipFuses(path, { ...SAMSPIL_FUSES, resetAdHocDarwinSignature });
}

/** electron-builder's afterPack hook: the fuses of the app it just packed. */
export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  const name = context.packager.appInfo.productFilename;
  const executable =
    platform === 'darwin'
      ? join(context.appOutDir, `${name}.app`)
      : platform === 'win32'
        ? join(context.appOutDir, `${name}.exe`)
        : join(context.appOutDir, context.packager.executableName ?? name);
  // Flipping fuses invalidates an ad-hoc signature (Apple silicon); re-sign it ad hoc.
  await applyFuses(executable, { resetAdHocDarwinSignature: platform === 'darwin' });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node scripts/apply-fuses.mjs <packaged Electron executable or .app>');
    process.exit(2);
  }
  await applyFuses(resolve(target), { resetAdHocDarwinSignature: process.platform === 'darwin' && target.endsWith('.app') });
  console.log(`samspil: fuses set on ${target}`);
}
