/**
 * Node with the client's module graph: the runes classes' tests (`*.svelte.test.ts`) get Svelte compiled
 * for the browser, whose effects they drive with flushSync as a component's would run; the server
 * compilation the other unit tests get runs no effect at all.
 */
import { builtinEnvironments, type Environment } from 'vitest/environments';

export default { ...builtinEnvironments.node, name: 'client', viteEnvironment: 'client' } satisfies Environment;
