/**
 * `npm run build` runs this before Vite: the bench's floor pages (src/messseiten) become routes under
 * /messung only in the measurement build; every other build has none of their pages or code.
 */
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { messbuild } from './ausgabe.js';

const wurzel = join(import.meta.dirname, '..');
const ziel = join(wurzel, 'src/routes/messung');
await rm(ziel, { recursive: true, force: true });
if (messbuild) await cp(join(wurzel, 'src/messseiten'), ziel, { recursive: true });
