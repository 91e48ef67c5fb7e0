/**
 * Test helper: compile an MDX body exactly as the site does (the @astrojs/mdx integration
 * of astro.config.mjs, with its options) and render it with Astro's own renderer.
 */
import mdx from '@astrojs/mdx';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import * as runtime from 'astro/jsx-runtime';
import config from '../astro.config.mjs';

interface Plugin {
  name: string;
  configResolved?: (c: unknown) => void;
  transform?: { handler: (code: string, id: string) => Promise<{ code: string }> };
}
interface MdxIntegration {
  name: string;
  hooks: Record<string, (params: unknown) => Promise<void> | void>;
}

type Component = ((props?: Record<string, unknown>) => unknown) & Record<symbol, unknown>;

/** Options of `mdx()`; by default the integration as astro.config.mjs configures it. */
export type MdxOptions = Parameters<typeof mdx>[0];

const compilers = new Map<MdxOptions | 'site', Promise<Plugin>>();

/** An MDX compiler: the integration's Vite plugin, set up as `astro build` sets it up. */
function compiler(options: MdxOptions | 'site'): Promise<Plugin> {
  const setUp = async () => {
    const integration = (options === 'site' ? (config.integrations ?? []).flat().find((i) => (i as { name?: string })?.name === '@astrojs/mdx') : mdx(options)) as unknown as MdxIntegration | undefined;
    if (!integration) throw new Error('astro.config.mjs has no @astrojs/mdx integration');
    const plugins: Plugin[] = [];
    const noop = () => {};
    await integration.hooks['astro:config:setup']!({
      config,
      updateConfig: (c: { vite: { plugins: Plugin[] } }) => plugins.push(...c.vite.plugins),
      addPageExtension: noop,
      addContentEntryType: noop,
      addRenderer: noop,
    });
    // The project's markdown settings (none: Astro's defaults) are what MDX extends.
    await integration.hooks['astro:config:done']!({
      config: { ...config, markdown: config.markdown ?? {}, srcDir: new URL('../src/', import.meta.url) },
      logger: { warn: (m: string) => console.warn(m) },
    });
    const plugin = plugins.find((p) => p.transform && p.name !== '@astrojs/mdx-postprocess');
    if (!plugin) throw new Error('no MDX compile plugin');
    plugin.configResolved?.({ build: { sourcemap: false }, plugins: [] });
    return plugin;
  };
  if (!compilers.has(options)) compilers.set(options, setUp());
  return compilers.get(options)!;
}

/** Compiles an MDX file's text (frontmatter included) to the JavaScript Astro would run. */
export async function compileMdx(text: string, options: MdxOptions | 'site' = 'site'): Promise<string> {
  return (await (await compiler(options)).transform!.handler(text, '/virtual/body.mdx')).code;
}

/** A body's <Provision> as a plain <section> with its attributes: the site's Provision.astro adds each measure's box, tested in the built site. */
const plainSection = (props: Record<string, unknown>) => runtime.jsx('section', props);

/**
 * Renders an MDX file's text to HTML with Astro's renderer. `components` map element
 * names (e.g. `Term`) to functions returning Astro JSX; sections render as plain elements.
 */
export async function renderMdx(text: string, { components = {}, options = 'site' }: { components?: Record<string, unknown>; options?: MdxOptions | 'site' } = {}): Promise<string> {
  let code = await compileMdx(text, options);
  // Run the compiled module as a function: its one import is Astro's JSX runtime.
  const imp = /^import \{([^}]*)\} from "astro\/jsx-runtime";$/m.exec(code);
  if (!imp || /^import /m.test(code.replace(imp[0], ''))) throw new Error(`unexpected imports in compiled MDX:\n${code.slice(0, 500)}`);
  code = code.replace(imp[0], `const {${imp[1]!.replace(/ as /g, ': ')}} = runtime;`).replace(/^export /gm, '') + '\nreturn MDXContent;';
  const MDXContent = new Function('runtime', code)(runtime) as Component;
  // What @astrojs/mdx's post-processing wraps around every MDX module.
  const Content = Object.assign((props: Record<string, unknown> = {}) => MDXContent({ ...props, components: { Fragment: runtime.Fragment, Provision: plainSection, ...components } }), {
    [Symbol.for('mdx-component')]: true,
  });
  const container = await experimental_AstroContainer.create();
  container.addServerRenderer({ renderer: mdxRenderer, name: 'astro:jsx' });
  return container.renderToString(Content as never);
}
