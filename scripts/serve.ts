import { serveStatic } from './static-server.ts';

const dir = process.argv[2] ?? 'build';
const port = Number(process.env.PORT ?? 0);
const { url } = await serveStatic(dir, { port });
console.log(`Serving ${dir}/ at ${url}  (Ctrl+C to stop)`);
