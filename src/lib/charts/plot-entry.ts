/**
 * Observable Plot as a module of its own, which `loadPlot` imports: the client manifest then names
 * the chunks it takes, so a shared link's page can hint them before it needs them (link-hints.ts).
 */
export * from '@observablehq/plot';
