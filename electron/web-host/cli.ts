import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkspaceService } from '../service/workspace-service';
import { dataDirFromArgs, defaultDataDir } from '../service/data-dir';
import { createHostDispatch } from '../service/host-dispatch';
import { browserHostHandlers } from './host-calls';
import { startWebHost } from './server';

/**
 * `npm run web [-- --port N --data-dir DIR]`: Samspil in a browser, without Electron.
 * Prints the address with its token on a line of its own; Ctrl+C saves and stops.
 */
const args = process.argv.slice(2);
const portArg = args.find((arg, i) => args[i - 1] === '--port') ?? args.find((arg) => arg.startsWith('--port='))?.slice(7);
const port = portArg === undefined ? 0 : Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`samspil: --port must be a whole number from 0 to 65535, not "${portArg}"`);
  process.exit(2);
}
const dataDir = resolve(dataDirFromArgs(args) ?? defaultDataDir());
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const staticDir = join(root, 'out', 'renderer');
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error('samspil: the renderer is not built (out/renderer/index.html is missing): run `npm run build` first.');
  process.exit(1);
}

const service = await createWorkspaceService({ dataDir });
const dispatch = createHostDispatch(service, browserHostHandlers({ dataDir }));
const host = await startWebHost({ service, dispatch, staticDir, port });
console.log(`Samspil is running on 127.0.0.1:${host.port} with the workspaces in ${dataDir}`);
console.log('Open this address in your browser (it holds this run\'s access token):');
console.log(host.url);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await host.close();
  await service.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
