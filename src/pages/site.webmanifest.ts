/** /site.webmanifest: name, colours and icon for browsers that install or pin the site. */
import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { translate } from '../i18n';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: site.brandName,
        short_name: site.brandName,
        description: translate('en', 'site.description'),
        start_url: '/',
        display: 'browser',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
