interface ImportMetaEnv {
  /** True under `astro dev` only, where the `.md` and llms-full.txt routes render mirrors; a build writes them itself (src/integrations/mirrors.ts). */
  readonly CATALOG_MIRROR_ROUTES?: boolean;
}
