/** Deployment settings, in one place. */

/** Public address of the portal; used for canonical URLs, feeds, citations and QR codes. */
export const SITE_URL = process.env.SITE_URL ?? 'https://craftsman.example.org';

/** The repository that holds the content, for "edit this page" links. */
export const REPOSITORY = { url: 'https://github.com/gd-union/craftsman-portal', branch: 'main' };
