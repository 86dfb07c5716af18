import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = import.meta.dirname;

/** Two pages: the explorer (index.html) and the offline GraphiQL (graphiql.html, served at /graphiql). */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(webRoot, '../dist/web'),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is one large chunk by design; it loads only on /graphiql.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        index: path.resolve(webRoot, 'index.html'),
        graphiql: path.resolve(webRoot, 'graphiql.html'),
      },
      onLog(level, log, defaultHandler) {
        // GraphiQL's React-compiler output carries "use no memo" directives that bundling drops harmlessly.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(level, log);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
