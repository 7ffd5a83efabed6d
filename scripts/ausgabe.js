// Where a build goes. The measurement build (ATLAS_MESSBUILD=1, made by `npm run bench`) holds the
// bench's floor pages as well and goes to its own folder, so the production build never carries them.
export const messbuild = process.env.ATLAS_MESSBUILD === '1';
export const ausgabeordner = messbuild ? 'build-messung' : 'build';
