/** Where the CMS and the site run on a developer's machine unless configured otherwise. */
export const LOCAL_CMS_PORT = 3000
export const LOCAL_SITE_PORT = 4321
/** The draft preview server (astro dev with the preview route). */
export const LOCAL_PREVIEW_PORT = 4322

export const localUrl = (port: number): string => `http://localhost:${port}`
