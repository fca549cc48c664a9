/** Deployment settings, in one place. */

/** Stands in for the public address until a deployment sets SITE_URL; never printed on a real handout. */
export const PLACEHOLDER_SITE_URL = 'https://craftsman.example.org';

/** Public address of the portal, from the build's environment; used for canonical URLs, feeds, citations and QR codes. */
export const SITE_URL = process.env.SITE_URL || PLACEHOLDER_SITE_URL;

/** The repository that holds the content, for "edit this page" links. */
export const REPOSITORY = { url: 'https://github.com/gd-union/craftsman-portal', branch: 'main' };
