/** Where the CMS and the site run on a developer's machine unless configured otherwise. */
export const LOCAL_CMS_PORT = 3000
export const LOCAL_SITE_PORT = 4321

export const localUrl = (port: number): string => `http://localhost:${port}`
