/**
 * The atlas's parts that start after the first map: settings, key figures, table, ranking and
 * planning. Loaded as one chunk once the map is on screen, so their code does not delay it.
 */
export { default as Steuerung } from './Steuerung.svelte';
export { default as Kennzahlen } from './Kennzahlen.svelte';
export { default as Bezirkstabelle } from '../../ui/Bezirkstabelle.svelte';
export { default as AngebotsSteuerung } from '../angebote/AngebotsSteuerung.svelte';
export { default as Bedarfssteuerung } from '../angebote/Bedarfssteuerung.svelte';
export { default as Szenario } from '../angebote/Szenario.svelte';
export { default as Handlungsbedarf } from '../angebote/Handlungsbedarf.svelte';
export { default as Massnahmenplanung } from '../angebote/Massnahmenplanung.svelte';
