/**
 * Adds <link rel="preload" as="script"> for the files of the named lazy chunk groups to
 * taskpane.html, so the guidance tables (the parse worker has its own copy) download alongside the pane's entry
 * script. Without it they are requested only once the entry has been parsed and run (about 80 ms
 * later on a fast machine), and on a loaded machine they could still be on the wire when Office
 * answers. Same-origin files, so the policy's script-src 'self' covers them; webpack's own <script>
 * for the chunk later takes the preloaded response (no crossorigin on either).
 */
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Compiler } from "webpack";

/** The lazy chunk groups (webpackChunkName) every reading of a message needs. */
export const PRELOADED_CHUNK_GROUPS: readonly string[] = ["guidance"];

/** What the plugin needs of a chunk: whether it is already in the page, and its files. */
export interface ChunkFiles {
  canBeInitial(): boolean;
  files: Iterable<string>;
}

/** The JS files of the named groups that aren't already entry scripts, and the group names that don't exist. */
export function preloadFiles(groups: readonly string[], lookup: (name: string) => Iterable<ChunkFiles> | undefined): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const name of groups) {
    const chunks = lookup(name);
    if (!chunks) {
      missing.push(name);
      continue;
    }
    for (const chunk of chunks) {
      if (chunk.canBeInitial()) continue; // already in the page as an entry script
      for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
    }
  }
  return { files: [...files], missing };
}

export class PreloadChunksPlugin {
  constructor(private readonly groups: readonly string[] = PRELOADED_CHUNK_GROUPS) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap("PreloadChunksPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadChunksPlugin", (data) => {
        const { files, missing } = preloadFiles(this.groups, (name) => compilation.namedChunkGroups.get(name)?.chunks);
        for (const name of missing) {
          compilation.warnings.push(new compiler.webpack.WebpackError(`PreloadChunksPlugin: no chunk group named "${name}" (webpackChunkName) to preload.`));
        }
        const links = files.map((file) => HtmlWebpackPlugin.createHtmlTagObject("link", { rel: "preload", as: "script", href: `${data.publicPath}${file}` }));
        return { ...data, headTags: [...data.headTags, ...links] };
      });
    });
  }
}
