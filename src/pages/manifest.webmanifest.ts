/**
 * The web app manifest, so the site installs as an app: its name, language, start page
 * and scope (the base path), and the icons in public/. Nothing from another host.
 */
import { loadManifest, pageUrl } from '../site/manifest.ts';
import { siteTranslator } from '../site/i18n.ts';
import { appShortName } from '../lib/app-short-name.ts';

export function GET(): Response {
  const { site } = loadManifest();
  const t = siteTranslator();
  const manifest = {
    name: site.title,
    short_name: appShortName(site),
    description: t.t('offline.app.description', { council: site.council }),
    lang: site.locale,
    start_url: pageUrl(''),
    scope: pageUrl(''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1b1b1f',
    icons: [
      { src: pageUrl('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: pageUrl('icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: pageUrl('icon-512.png'), sizes: '512x512', type: 'image/png' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'content-type': 'application/manifest+json' },
  });
}
