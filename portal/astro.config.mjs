// @ts-check
import { defineConfig } from 'astro/config';

/*
 * The portal is a static site built from one PortalData file (SPOOR_PORTAL_DATA, see
 * docs/portal.md). SPOOR_PORTAL_SITE is the public origin (absolute URLs for hreflang and
 * canonical links), SPOOR_PORTAL_BASE the path it is served under ("/" or e.g. "/spoor/").
 */
export default defineConfig({
  output: 'static',
  site: process.env.SPOOR_PORTAL_SITE ?? 'http://localhost:4321',
  base: process.env.SPOOR_PORTAL_BASE ?? '/',
  outDir: process.env.SPOOR_PORTAL_OUT ?? './dist',
  trailingSlash: 'always',
  compressHTML: true,
  devToolbar: { enabled: false },
  // One small shared stylesheet, cached across pages, rather than the same CSS inlined into every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
